import { bigintToNumber, TimestampColumn } from '@app/platform';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { FieldValue } from '../domain/field-values.js';
import type { Grade } from '../domain/lead-grade.js';
import type { ScoreFactor } from '../domain/lead-scoring.js';
import type { LeadStatus } from '../domain/lead-status.js';
import { TrackingColumns } from './tracking-columns.js';

@Entity('leads')
/** One lead per normalised email and form: the index decides between simultaneous first submissions. */
@Index('uq_leads_form_email', ['formId', 'emailNormalized'], { unique: true })
/** Hot leads: the best scores first, read backwards from the end of this index. */
@Index('idx_leads_score_id', ['score', 'id'])
/** The leads of a tracked click (a customer's journey). */
@Index('idx_leads_click', ['tracking.clickId'])
export class LeadOrmEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'form_id', type: 'varchar', length: 36 })
  formId!: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ name: 'email_normalized', type: 'varchar', length: 254, nullable: true })
  emailNormalized!: string | null;

  @Column({ name: 'first_name', type: 'varchar', length: 255, nullable: true })
  firstName!: string | null;

  @Column({ name: 'last_name', type: 'varchar', length: 255, nullable: true })
  lastName!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  company!: string | null;

  @Column({ name: 'job_title', type: 'varchar', length: 255, nullable: true })
  jobTitle!: string | null;

  @Column({ type: 'text', nullable: true })
  message!: string | null;

  /** The form's other fields, by name. */
  @Column({ type: 'jsonb' })
  fields!: Record<string, FieldValue>;

  @Column(() => TrackingColumns, { prefix: false })
  tracking!: TrackingColumns;

  @Column({ name: 'submission_count', type: 'integer' })
  submissionCount!: number;

  @Column({ type: 'integer' })
  score!: number;

  @Column({ type: 'varchar', length: 1 })
  grade!: Grade;

  @Column({ name: 'score_factors', type: 'jsonb' })
  scoreFactors!: ScoreFactor[];

  @Column({ type: 'varchar', length: 16 })
  status!: LeadStatus;

  /** Minor units of deal_currency. */
  @Column({ name: 'deal_value_minor', type: 'bigint', nullable: true, transformer: bigintToNumber })
  dealValueMinor!: number | null;

  @Column({ name: 'deal_currency', type: 'varchar', length: 3, nullable: true })
  dealCurrency!: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt!: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt!: Date;

  @TimestampColumn({ name: 'erased_at', nullable: true })
  erasedAt!: Date | null;

  @Column({ type: 'integer' })
  version!: number;
}
