import type { Group } from './enrolment-policy.js';
import type { Channel, RetentionCampaignState } from './retention-campaign.js';
import type { RiskLevel } from './risk-level.js';
import type { RetentionSegment } from './segment.js';

/** A customer's latest churn prediction, as the automation weighs it for a campaign. */
export interface EnrolmentCandidate {
  customerId: string;
  riskLevel: RiskLevel;
  segment: RetentionSegment;
  churnProbability: number;
  /** In minor units of `currency`; null when LTV has no prediction for the customer. */
  predictedClvMinor: number | null;
  currency: string | null;
}

export interface NewEnrolment {
  id: string;
  campaignId: string;
  customerId: string;
  group: Group;
  riskLevel: RiskLevel;
  churnProbability: number;
  enrolledAt: Date;
}

/** A message to a treated customer, as it is queued; its outcomes start empty. */
export interface NewRetentionMessage {
  id: string;
  enrolmentId: string;
  campaignId: string;
  customerId: string;
  channel: Channel;
  payload: object;
  status: 'pending' | 'sent';
  nextAttemptAt: Date | null;
  costMinor: number;
  createdAt: Date;
  sentAt: Date | null;
}

/** What one campaign's enrolment reads and writes, in one transaction. */
export interface EnrolmentSession {
  /** The latest churn predictions in the trigger's risk levels and segments, most at risk first. */
  candidates(trigger: RetentionCampaignState['trigger']): Promise<EnrolmentCandidate[]>;
  /** Each enrolled customer's last enrolment in the campaign. */
  lastEnrolments(campaignId: string): Promise<Map<string, Date>>;
  /** What the campaign's messages have cost so far, in minor units. */
  spent(campaignId: string): Promise<number>;
  enrol(enrolment: NewEnrolment): Promise<void>;
  queueMessage(message: NewRetentionMessage): Promise<void>;
}

/**
 * Customers for the retention automation, and their enrolments. A session's enrolments and
 * messages commit together. An abstract class, so it doubles as the DI token.
 */
export abstract class EnrolmentCandidates {
  abstract run<T>(work: (session: EnrolmentSession) => Promise<T>): Promise<T>;
}
