import { bigintToNumber } from '@app/platform';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Segment } from '../domain/analysis/segments.js';
import type { CustomerPrediction } from '../domain/predictions/customer-prediction.js';

const double = (name: string) => Column({ name, type: 'double precision' });

/**
 * A customer's summary and predictions from the newest fit; the whole table is replaced by each
 * recalculation (batched multi-row inserts), so its rows always belong to one fit.
 */
@Entity('ltv_predictions')
@Index('idx_ltv_predictions_clv', ['predictedClvMinor'])
@Index('idx_ltv_predictions_segment', ['segment'])
export class LtvPredictionOrmEntity implements CustomerPrediction {
  @PrimaryColumn({ name: 'customer_id', type: 'varchar', length: 255 })
  customerId!: string;

  @Column({ name: 'fit_id', type: 'varchar', length: 36 })
  fitId!: string;

  @Column({ name: 'repeat_purchases', type: 'integer' })
  repeatPurchases!: number;

  @Column({ name: 'recency_days', type: 'integer' })
  recencyDays!: number;

  @Column({ name: 'age_days', type: 'integer' })
  ageDays!: number;

  @Column({ type: 'integer' })
  orders!: number;

  @Column({ name: 'revenue_minor', type: 'bigint', transformer: bigintToNumber })
  revenueMinor!: number;

  @double('mean_repeat_value') meanRepeatValue!: number;
  @double('expected_purchases') expectedPurchases!: number;
  @double('probability_alive') probabilityAlive!: number;
  @double('expected_average_value') expectedAverageValue!: number;

  @Column({ name: 'predicted_clv_minor', type: 'bigint', transformer: bigintToNumber })
  predictedClvMinor!: number;

  // Null when segments were withheld (see LtvModelFitOrmEntity.segmentsWithheld).
  @Column({ type: 'varchar', length: 8, nullable: true })
  segment!: Segment | null;
}
