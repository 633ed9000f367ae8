import { TimestampColumn } from '@app/platform';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Segment } from '../domain/analysis/segments.js';

/** A customer moved from one segment to another (from null: their first segment). */
@Entity('ltv_segment_transitions')
@Index('idx_ltv_segment_transitions_customer', ['customerId', 'changedAt'])
export class LtvSegmentTransitionOrmEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'customer_id', type: 'varchar', length: 255 })
  customerId!: string;

  @Column({ name: 'from_segment', type: 'varchar', length: 8, nullable: true })
  fromSegment!: Segment | null;

  // Null: the customer left every segment (segments were withheld).
  @Column({ name: 'to_segment', type: 'varchar', length: 8, nullable: true })
  toSegment!: Segment | null;

  @TimestampColumn({ name: 'changed_at' })
  changedAt!: Date;

  @Column({ name: 'fit_id', type: 'varchar', length: 36, nullable: true })
  fitId!: string | null;
}
