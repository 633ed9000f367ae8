import { createHash } from 'node:crypto';
import type { RetentionCampaignState } from './retention-campaign.js';
import type { RiskLevel } from './risk-level.js';
import type { RetentionSegment } from './segment.js';
import { DAY_MS } from './customer-assessment.js';

export type Group = 'treatment' | 'control';

export interface Candidate {
  customerId: string;
  riskLevel: RiskLevel;
  segment: RetentionSegment;
  /** Major units of the campaign's currency; null when LTV has no prediction (or another currency). */
  predictedClv: number | null;
}

/** Does the customer match the campaign's trigger? Every part the trigger sets must match. */
export function matchesTrigger(
  trigger: RetentionCampaignState['trigger'],
  candidate: Candidate,
): boolean {
  if (trigger.riskLevels.length > 0 && !trigger.riskLevels.includes(candidate.riskLevel))
    return false;
  if (trigger.segments.length > 0 && !trigger.segments.includes(candidate.segment)) return false;
  if (trigger.minPredictedClv !== null) {
    return candidate.predictedClv !== null && candidate.predictedClv >= trigger.minPredictedClv;
  }
  return true;
}

/** Once per customer per cooldown: the last enrolment in this campaign must be that old. */
export function cooledDown(lastEnrolledAt: Date | null, cooldownDays: number, now: Date): boolean {
  return (
    lastEnrolledAt === null || now.getTime() - lastEnrolledAt.getTime() >= cooldownDays * DAY_MS
  );
}

/**
 * Treatment or control, decided by a hash of campaign and customer rather than a random draw:
 * the same customer lands in the same group every time (reruns, replicas, re-enrolments after
 * the cooldown), so the held-out group stays held out and the uplift can be trusted.
 */
export function assignGroup(
  campaignId: string,
  customerId: string,
  controlGroupShare: number,
): Group {
  const digest = createHash('sha256').update(`${campaignId}:${customerId}`).digest();
  const unit = digest.readUInt32BE(0) / 2 ** 32;
  return unit < controlGroupShare ? 'control' : 'treatment';
}

/** Whether one more message fits in the budget (null budget: no cap). */
export function budgetAllows(state: RetentionCampaignState, spentMinor: number): boolean {
  return state.budgetMinor === null || spentMinor + state.costPerMessageMinor <= state.budgetMinor;
}
