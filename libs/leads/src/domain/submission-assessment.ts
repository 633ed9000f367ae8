import type { FieldError } from '@app/kernel';
import { type FieldReading, readFields } from './field-values.js';
import type { Form } from './form.js';
import { contentSpam, honeypotFilled, type SpamReason } from './spam-rules.js';
import { readTrackingParameters, type TrackingParameters } from './tracking-parameters.js';

/** Everything a submission shows by itself, before the database has a say (rate, duplicates). */
export interface SubmissionAssessment {
  reading: FieldReading;
  tracking: TrackingParameters;
  /** The honeypot came back filled in: a bot. */
  honeypot: string | null;
  /** Content rules that fired, with messages per field. */
  spamReasons: SpamReason[];
  spamErrors: FieldError[];
  /** Every broken rule of the form and of the tracking parameters. */
  errors: FieldError[];
}

export function assessSubmission(form: Form, body: Record<string, unknown>): SubmissionAssessment {
  const reading = readFields(form, body);
  const { parameters, errors: trackingErrors } = readTrackingParameters(body);
  const content = contentSpam(reading.raw);
  const honeypot = honeypotFilled(form, body)
    ? String(body[form.snapshot.honeypotField]).slice(0, 255)
    : null;
  return {
    reading,
    tracking: parameters,
    honeypot,
    spamReasons: content.reasons,
    spamErrors: content.errors,
    errors: [...reading.errors, ...trackingErrors],
  };
}
