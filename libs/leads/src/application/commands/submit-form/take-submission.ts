import { type FieldError, newId } from '@app/kernel';
import type { Attribution } from '../../../domain/attribution.js';
import type { Form } from '../../../domain/form.js';
import type { IntakeSession } from '../../../domain/lead-intake.js';
import { profileOf } from '../../../domain/lead-profile.js';
import { type LeadScore, scoreLead } from '../../../domain/lead-scoring.js';
import { Lead } from '../../../domain/lead.js';
import { RATE_WINDOW_MS, rateVerdict } from '../../../domain/rate-limit.js';
import type { SpamReason } from '../../../domain/spam-rules.js';
import type { SubmissionAssessment } from '../../../domain/submission-assessment.js';
import type { SubmissionOutcome, SubmissionRecord } from '../../../domain/submission.js';

export interface Intake {
  form: Form;
  assessment: SubmissionAssessment;
  attribution: Attribution;
  ip: string;
  /** The sender's network (ipNetworkKey of ip): the rate limit counts by it. */
  ipNetwork: string;
  at: Date;
  rateLimit: number;
}

/** What happened, for the handler to answer with; the submission row is stored in every case. */
export type Taken =
  | { kind: 'rate_limited'; retryAfterSeconds: number }
  | { kind: 'honeypot'; submissionId: string; score: LeadScore }
  | { kind: 'refused'; outcome: 'spam' | 'invalid'; errors: FieldError[] }
  | { kind: 'accepted'; submissionId: string; lead: Lead; duplicate: boolean };

/**
 * One submission's way through the rules, in the order they answer: the rate first (429),
 * then the honeypot (a quiet success), the content rules and the form's rules (422), and only
 * then the lead, new or deduplicated by email. Every reason that applies is stored.
 */
export async function takeSubmission(session: IntakeSession, intake: Intake): Promise<Taken> {
  const { form, assessment, at } = intake;
  const recent = await session.recentSubmissionTimes(
    intake.ipNetwork,
    new Date(at.getTime() - RATE_WINDOW_MS),
    intake.rateLimit,
  );
  const verdict = rateVerdict(recent, intake.rateLimit, at);
  const spamReasons: SpamReason[] = [
    ...(verdict.limited ? (['rate_limited'] as const) : []),
    ...(assessment.honeypot !== null ? (['honeypot'] as const) : []),
    ...assessment.spamReasons,
  ];
  const store = async (outcome: SubmissionOutcome, leadId: string | null, errors: FieldError[]) => {
    const record = submissionRecord(intake, outcome, leadId, spamReasons, errors);
    await session.recordSubmission(record);
    return record.id;
  };

  if (verdict.limited) {
    await store('rate_limited', null, []);
    return { kind: 'rate_limited', retryAfterSeconds: verdict.retryAfterSeconds };
  }
  const profile = profileOf(assessment.reading);
  if (assessment.honeypot !== null) {
    const submissionId = await store('spam', null, []);
    const score = scoreLead(profile, {
      trackedClick: intake.attribution.status === 'tracked',
      utmSource: assessment.tracking.utmSource,
      submissions: 1,
    });
    return { kind: 'honeypot', submissionId, score };
  }
  if (spamReasons.length > 0) {
    const errors = [...assessment.spamErrors, ...assessment.errors];
    await store('spam', null, errors);
    return { kind: 'refused', outcome: 'spam', errors };
  }
  if (assessment.errors.length > 0) {
    await store('invalid', null, assessment.errors);
    return { kind: 'refused', outcome: 'invalid', errors: assessment.errors };
  }

  const { utmSource, utmMedium, utmCampaign } = assessment.tracking;
  const submission = {
    profile,
    utm: { utmSource, utmMedium, utmCampaign },
    attribution: intake.attribution,
    at,
  };
  const existing = profile.email
    ? await session.findLeadByEmail(form.id, profile.email.normalized)
    : null;
  const lead = existing ?? Lead.capture(newId(), form.id, submission);
  if (existing) existing.absorb(submission);
  await session.saveLead(lead);
  const submissionId = await store(existing ? 'duplicate' : 'lead', lead.id, []);
  return { kind: 'accepted', submissionId, lead, duplicate: existing !== null };
}

function submissionRecord(
  intake: Intake,
  outcome: SubmissionOutcome,
  leadId: string | null,
  spamReasons: SpamReason[],
  errors: FieldError[],
): SubmissionRecord {
  const { assessment, form } = intake;
  const values = { ...assessment.reading.raw };
  if (assessment.honeypot !== null) values[form.snapshot.honeypotField] = assessment.honeypot;
  const { clickId: _clickId, ...tracking } = assessment.tracking;
  return {
    id: newId(),
    formId: form.id,
    leadId,
    submittedAt: intake.at,
    outcome,
    spamReasons,
    errors,
    values,
    ip: intake.ip,
    ipNetwork: intake.ipNetwork,
    tracking,
    attribution: intake.attribution,
  };
}
