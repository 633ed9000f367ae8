import type { FieldError } from '@app/kernel';
import type { Attribution } from './attribution.js';
import type { SpamReason } from './spam-rules.js';
import type { TrackingParameters } from './tracking-parameters.js';

/**
 * What became of a submission: `lead` made a new lead, `duplicate` added to an existing one,
 * `invalid` broke the form's rules (422), `spam` was caught by the honeypot or content rules,
 * `rate_limited` came past FORM_RATE_LIMIT (429). Every submission is stored with its outcome.
 */
export const SUBMISSION_OUTCOMES = [
  'lead',
  'duplicate',
  'invalid',
  'spam',
  'rate_limited',
] as const;
export type SubmissionOutcome = (typeof SUBMISSION_OUTCOMES)[number];

export interface SubmissionRecord {
  id: string;
  formId: string;
  leadId: string | null;
  submittedAt: Date;
  outcome: SubmissionOutcome;
  spamReasons: SpamReason[];
  errors: FieldError[];
  /** The field values as sent (text), and a filled honeypot's value under its name. */
  values: Record<string, string>;
  ip: string;
  /** The sender's network (an IPv6 /64, an IPv4 address), which the rate limit counts by. */
  ipNetwork: string;
  tracking: Omit<TrackingParameters, 'clickId'>;
  attribution: Attribution;
}
