import type { SubmissionRecord } from '../domain/submission.js';
import { LeadSubmissionOrmEntity } from './lead-submission.orm-entity.js';
import { trackingColumns } from './tracking-columns.js';

export function submissionToRow(record: SubmissionRecord): LeadSubmissionOrmEntity {
  return Object.assign(new LeadSubmissionOrmEntity(), {
    id: record.id,
    formId: record.formId,
    leadId: record.leadId,
    submittedAt: record.submittedAt,
    outcome: record.outcome,
    spamReasons: record.spamReasons,
    errors: record.errors,
    fieldValues: record.values,
    ip: record.ip,
    ipNetwork: record.ipNetwork,
    tracking: trackingColumns(record.tracking, record.attribution),
  });
}
