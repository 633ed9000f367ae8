import { bigintToNumber, TimestampColumn } from '@app/platform';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BoundedSegment } from '../domain/analysis/segments.js';

/**
 * The thresholds of VIP, High and Medium (Low is the rest). In percentile mode `top_share` is
 * the cumulative share of the base from the top and `minimum_minor` the lowest predicted CLV
 * that made the segment at the last recalculation; in absolute mode `minimum_minor` is the
 * bound set by PUT /ltv/segments. No rows: the default percentile rule.
 */
@Entity('ltv_segments')
export class LtvSegmentOrmEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  segment!: BoundedSegment;

  @Column({ type: 'varchar', length: 16 })
  mode!: 'percentile' | 'absolute';

  @Column({ name: 'top_share', type: 'double precision', nullable: true })
  topShare!: number | null;

  @Column({ name: 'minimum_minor', type: 'bigint', nullable: true, transformer: bigintToNumber })
  minimumMinor!: number | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  currency!: string | null;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
