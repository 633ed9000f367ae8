import type { FieldError } from '@app/kernel';
import { TimestampColumn } from '@app/platform';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AttributionStatus } from '../domain/attribution.js';
import type { SpamReason } from '../domain/spam-rules.js';
import type { SubmissionOutcome } from '../domain/submission.js';

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

  @Column({ name: 'utm_source', type: 'varchar', length: 255, nullable: true })
  utmSource!: string | null;

  @Column({ name: 'utm_medium', type: 'varchar', length: 255, nullable: true })
  utmMedium!: string | null;

  @Column({ name: 'utm_campaign', type: 'varchar', length: 255, nullable: true })
  utmCampaign!: string | null;

  @Column({ type: 'varchar', length: 16 })
  attribution!: AttributionStatus;

  @Column({ name: 'click_id', type: 'varchar', length: 64, nullable: true })
  clickId!: string | null;

  @Column({ name: 'campaign_id', type: 'varchar', length: 36, nullable: true })
  campaignId!: string | null;

  @Column({ name: 'affiliate_id', type: 'varchar', length: 36, nullable: true })
  affiliateId!: string | null;
}
