import { bigintToNumber, TimestampColumn } from '@app/platform';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ChurnFactor } from '../domain/churn/churn-model.js';
import type { ChurnPredictionRecord } from '../domain/churn/churn-prediction-store.js';
import type { ScoreBreakdown } from '../domain/engagement-score.js';
import type { RiskLevel } from '../domain/risk-level.js';
import type { RetentionSegment } from '../domain/segment.js';

/** A customer's engagement profile and churn prediction from the latest recalculation. */
@Entity('churn_predictions')
@Index('idx_churn_predictions_risk', ['riskLevel'])
@Index('idx_churn_predictions_segment', ['segment'])
export class ChurnPredictionOrmEntity implements ChurnPredictionRecord {
  @PrimaryColumn({ name: 'customer_id', type: 'varchar', length: 255 })
  customerId!: string;

  @Column({ name: 'churn_probability', type: 'double precision' })
  churnProbability!: number;

  @Column({ name: 'risk_level', type: 'varchar', length: 16 })
  riskLevel!: RiskLevel;

  @Column({ type: 'varchar', length: 16 })
  segment!: RetentionSegment;

  @Column({ name: 'engagement_score', type: 'double precision' })
  engagementScore!: number;

  @Column({ name: 'score_breakdown', type: 'simple-json' })
  scoreBreakdown!: ScoreBreakdown;

  @Column({ type: 'simple-json' })
  factors!: ChurnFactor[];

  @Column({ type: 'varchar', length: 32 })
  basis!: string;

  @Column({ name: 'probability_alive', type: 'double precision', nullable: true })
  probabilityAlive!: number | null;

  @Column({
    name: 'predicted_clv_minor',
    type: 'bigint',
    nullable: true,
    transformer: bigintToNumber,
  })
  predictedClvMinor!: number | null;

  @Column({ type: 'varchar', length: 3, nullable: true })
  currency!: string | null;

  @Column({ type: 'integer' }) sessions!: number;
  @Column({ type: 'integer' }) clicks!: number;
  @Column({ type: 'integer' }) conversions!: number;

  @Column({ name: 'total_session_seconds', type: 'bigint', transformer: bigintToNumber })
  totalSessionSeconds!: number;

  @Column({ name: 'first_activity_day', type: 'integer' })
  firstActivityDay!: number;

  @Column({ name: 'last_activity_day', type: 'integer' })
  lastActivityDay!: number;

  @TimestampColumn({ name: 'calculated_at' })
  calculatedAt!: Date;
}
