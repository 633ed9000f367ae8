import { bigintToNumber, TimestampColumn } from '@app/platform';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ModelFitRecord } from '../domain/predictions/model-fit-record.js';

const double = (name: string, nullable = false) =>
  Column({ name, type: 'double precision', nullable });

/**
 * One recalculation: the fitted BG/NBD and Gamma-Gamma parameters with their log-likelihoods
 * and convergence, what the fit saw, and the base's summary at that moment. The newest row is
 * the model in force; older rows are the history of fits.
 */
@Entity('ltv_model_fits')
export class LtvModelFitOrmEntity implements ModelFitRecord {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @TimestampColumn({ name: 'fitted_at' })
  fittedAt!: Date;

  @TimestampColumn({ name: 'as_of' })
  asOf!: Date;

  @Column({ type: 'varchar', length: 3 })
  currency!: string;

  @Column({ type: 'integer' })
  customers!: number;

  @Column({ name: 'revenue_minor', type: 'bigint', transformer: bigintToNumber })
  revenueMinor!: number;

  @Column({ name: 'first_purchase_date', type: 'varchar', length: 10 })
  firstPurchaseDate!: string;

  @Column({ name: 'data_span_days', type: 'integer' })
  dataSpanDays!: number;

  // Null when the base was too small to attempt a fit.
  @double('bg_r', true) r!: number | null;
  @double('bg_alpha', true) alpha!: number | null;
  @double('bg_a', true) a!: number | null;
  @double('bg_b', true) b!: number | null;
  @double('bg_log_likelihood', true) bgLogLikelihood!: number | null;

  @Column({ name: 'bg_converged', type: 'boolean' })
  bgConverged!: boolean;

  @Column({ name: 'bg_iterations', type: 'integer', nullable: true })
  bgIterations!: number | null;

  @double('gg_p', true) p!: number | null;
  @double('gg_q', true) q!: number | null;
  @double('gg_gamma', true) gamma!: number | null;
  @double('gg_log_likelihood', true) ggLogLikelihood!: number | null;

  @Column({ name: 'gg_converged', type: 'boolean' })
  ggConverged!: boolean;

  @Column({ name: 'gg_customers', type: 'integer' })
  ggCustomers!: number;

  /**
   * The method whose CLVs were stored ('bg-nbd-gamma-gamma' or 'observed-rate'); the default
   * describes the fits stored before the fallback existed, which all used the models.
   */
  @Column({ type: 'varchar', length: 32, default: 'bg-nbd-gamma-gamma' })
  basis!: 'bg-nbd-gamma-gamma' | 'observed-rate';

  /** Why the models were set aside (null when they were used). */
  @Column({ name: 'basis_reason', type: 'text', nullable: true })
  basisReason!: string | null;

  /** Why no customer got a segment (null when segments were assigned). */
  @Column({ name: 'segments_withheld', type: 'text', nullable: true })
  segmentsWithheld!: string | null;

  @Column({ name: 'horizon_months', type: 'integer' })
  horizonMonths!: number;

  @double('monthly_discount_rate') monthlyDiscountRate!: number;
  @double('average_predicted_clv') averagePredictedClv!: number;
  @double('median_predicted_clv') medianPredictedClv!: number;

  @Column({ name: 'fit_ms', type: 'integer' })
  fitMs!: number;

  @Column({ name: 'total_ms', type: 'integer' })
  totalMs!: number;
}
