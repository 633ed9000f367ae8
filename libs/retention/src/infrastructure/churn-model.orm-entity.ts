import { TimestampColumn } from '@app/platform';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ChurnModel } from '../domain/churn/churn-model.js';

/**
 * The churn model of the latest recalculation (one row, replaced with the predictions): what a
 * single customer's analysis applies between recalculations, so it agrees with the batch.
 */
@Entity('churn_models')
export class ChurnModelOrmEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'as_of_day', type: 'integer' })
  asOfDay!: number;

  @Column({ name: 'horizon_days', type: 'integer' })
  horizonDays!: number;

  @Column({ type: 'simple-json' })
  model!: ChurnModel;

  @TimestampColumn({ name: 'fitted_at' })
  fittedAt!: Date;
}
