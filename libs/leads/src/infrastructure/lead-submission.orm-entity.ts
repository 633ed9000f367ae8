import type { FieldError } from '@app/kernel';
import { TimestampColumn } from '@app/platform';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { SpamReason } from '../domain/spam-rules.js';
import type { SubmissionOutcome } from '../domain/submission.js';
import { TrackingColumns } from './tracking-columns.js';

/** The rate limit counts a network's submissions of the last 10 minutes, less those it refused. */
export const COUNTED_FOR_RATE = "outcome <> 'rate_limited'";

@Entity('lead_submissions')
@Index('idx_lead_submissions_network_time', ['ipNetwork', 'submittedAt'], {
  where: COUNTED_FOR_RATE,
})
@Index('idx_lead_submissions_time', ['submittedAt'])
@Index('idx_lead_submissions_lead', ['leadId', 'submittedAt'])
export class LeadSubmissionOrmEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'form_id', type: 'varchar', length: 36 })
  formId!: string;

  @Column({ name: 'lead_id', type: 'varchar', length: 36, nullable: true })
  leadId!: string | null;

  @TimestampColumn({ name: 'submitted_at' })
  submittedAt!: Date;

  @Column({ type: 'varchar', length: 16 })
  outcome!: SubmissionOutcome;

  @Column({ name: 'spam_reasons', type: 'jsonb' })
  spamReasons!: SpamReason[];

  @Column({ type: 'jsonb' })
  errors!: FieldError[];

  /** The field values as sent; emptied when the lead is erased. */
  @Column({ name: 'field_values', type: 'jsonb' })
  fieldValues!: Record<string, string>;

  /** null once the lead is erased. */
  @Column({ type: 'varchar', length: 45, nullable: true })
  ip!: string | null;

  /** What the rate limit counts the sender by (ipNetworkKey of ip); null once erased. */
  @Column({ name: 'ip_network', type: 'varchar', length: 45, nullable: true })
  ipNetwork!: string | null;

  @Column(() => TrackingColumns, { prefix: false })
  tracking!: TrackingColumns;
}
