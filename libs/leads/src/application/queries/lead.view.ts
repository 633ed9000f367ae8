import { type FieldError, Money } from '@app/kernel';
import type { FieldValue } from '../../domain/field-values.js';
import type { ScoreFactor } from '../../domain/lead-scoring.js';
import type { LeadOrmEntity } from '../../infrastructure/lead.orm-entity.js';
import type { LeadStatusChangeOrmEntity } from '../../infrastructure/lead-status-change.orm-entity.js';
import type { LeadSubmissionOrmEntity } from '../../infrastructure/lead-submission.orm-entity.js';

/** The thresholds a score is judged by (LEAD_QUALIFIED_SCORE, LEAD_HOT_SCORE). */
export interface ScoreThresholds {
  qualified: number;
  hot: number;
}

/** A lead in a list: who, how good, where in the workflow. */
export interface LeadSummaryView {
  id: string;
  formId: string;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
  company: string | null;
  jobTitle: string | null;
  score: number;
  grade: string;
  isQualified: boolean;
  isHot: boolean;
  status: string;
  submissionCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface LeadView extends LeadSummaryView {
  phone: string | null;
  message: string | null;
  fields: Record<string, FieldValue>;
  utm: { source: string | null; medium: string | null; campaign: string | null };
  attribution: {
    status: string;
    clickId: string | null;
    campaignId: string | null;
    affiliateId: string | null;
  };
  scoreBreakdown: ScoreFactor[];
  dealValue: { amount: number; currency: string } | null;
  erased: boolean;
  erasedAt: string | null;
  submissions: SubmissionView[];
  statusHistory: { from: string | null; to: string; changedAt: string }[];
}

export interface SubmissionView {
  id: string;
  submittedAt: string;
  outcome: string;
  values: Record<string, string>;
  errors: FieldError[];
  utmSource: string | null;
  ip: string | null;
}

export function toLeadSummary(row: LeadOrmEntity, thresholds: ScoreThresholds): LeadSummaryView {
  return {
    id: row.id,
    formId: row.formId,
    email: row.email,
    firstName: row.firstName,
    lastName: row.lastName,
    company: row.company,
    jobTitle: row.jobTitle,
    score: row.score,
    grade: row.grade,
    isQualified: row.score >= thresholds.qualified,
    isHot: row.score >= thresholds.hot,
    status: row.status,
    submissionCount: row.submissionCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toLeadView(
  row: LeadOrmEntity,
  submissions: LeadSubmissionOrmEntity[],
  changes: LeadStatusChangeOrmEntity[],
  thresholds: ScoreThresholds,
): LeadView {
  return {
    ...toLeadSummary(row, thresholds),
    phone: row.phone,
    message: row.message,
    fields: row.fields,
    utm: {
      source: row.tracking.utmSource,
      medium: row.tracking.utmMedium,
      campaign: row.tracking.utmCampaign,
    },
    attribution: {
      status: row.tracking.attribution,
      clickId: row.tracking.clickId,
      campaignId: row.tracking.campaignId,
      affiliateId: row.tracking.affiliateId,
    },
    scoreBreakdown: row.scoreFactors,
    dealValue:
      row.dealValueMinor !== null && row.dealCurrency
        ? {
            amount: Money.ofMinor(row.dealValueMinor, row.dealCurrency).toDecimal(),
            currency: row.dealCurrency,
          }
        : null,
    erased: row.erasedAt !== null,
    erasedAt: row.erasedAt?.toISOString() ?? null,
    submissions: submissions.map((s) => ({
      id: s.id,
      submittedAt: s.submittedAt.toISOString(),
      outcome: s.outcome,
      values: s.fieldValues,
      errors: s.errors,
      utmSource: s.tracking.utmSource,
      ip: s.ip,
    })),
    statusHistory: [
      { from: null, to: 'new', changedAt: row.createdAt.toISOString() },
      ...changes.map((c) => ({
        from: c.fromStatus,
        to: c.toStatus,
        changedAt: c.changedAt.toISOString(),
      })),
    ],
  };
}
