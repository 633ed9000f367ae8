import { RELIABLE_SPAN_DAYS } from '../../domain/analysis/days.js';
import type { LtvModelFitOrmEntity } from '../../infrastructure/ltv-model-fit.orm-entity.js';

/** A fitted model as the API shows it: parameters named as in the literature. */
export interface LtvModelView {
  fitId: string;
  fittedAt: string;
  asOf: string;
  currency: string;
  customers: number;
  /** Model time unit of the parameters (weeks, as in the literature). */
  timeUnit: 'week';
  /** The method whose CLVs are stored, and why the models were set aside when they were. */
  basis: { method: 'bg-nbd-gamma-gamma' | 'observed-rate'; reason: string | null };
  /** Why no customer holds a segment; null when segments were assigned. */
  segmentsWithheld: string | null;
  /** Null parameters: the base was too small to attempt the fit. `used` false: set aside. */
  bgNbd: {
    r: number | null;
    alpha: number | null;
    a: number | null;
    b: number | null;
    logLikelihood: number | null;
    converged: boolean;
    iterations: number | null;
    used: boolean;
  };
  gammaGamma: {
    p: number | null;
    q: number | null;
    gamma: number | null;
    logLikelihood: number | null;
    converged: boolean;
    customers: number;
    used: boolean;
  };
  horizonMonths: number;
  monthlyDiscountRate: number;
  fitDurationMs: number;
  totalDurationMs: number;
  warnings: string[];
}

export function modelWarnings(fit: LtvModelFitOrmEntity): string[] {
  const warnings: string[] = [];
  if (fit.dataSpanDays < RELIABLE_SPAN_DAYS) {
    warnings.push(
      `The data spans ${fit.dataSpanDays} days (from ${fit.firstPurchaseDate}), less than 12 months: predictions are not yet reliable.`,
    );
  }
  if (fit.basisReason) {
    warnings.push(`${fit.basisReason} Predicted CLVs use the observed purchase rate instead.`);
  }
  if (fit.segmentsWithheld) warnings.push(fit.segmentsWithheld);
  return warnings;
}

export function toModelView(fit: LtvModelFitOrmEntity): LtvModelView {
  return {
    fitId: fit.id,
    fittedAt: fit.fittedAt.toISOString(),
    asOf: fit.asOf.toISOString(),
    currency: fit.currency,
    customers: fit.customers,
    timeUnit: 'week',
    basis: { method: fit.basis, reason: fit.basisReason },
    segmentsWithheld: fit.segmentsWithheld,
    bgNbd: {
      r: fit.r,
      alpha: fit.alpha,
      a: fit.a,
      b: fit.b,
      logLikelihood: fit.bgLogLikelihood,
      converged: fit.bgConverged,
      iterations: fit.bgIterations,
      used: fit.basis === 'bg-nbd-gamma-gamma',
    },
    gammaGamma: {
      p: fit.p,
      q: fit.q,
      gamma: fit.gamma,
      logLikelihood: fit.ggLogLikelihood,
      converged: fit.ggConverged,
      customers: fit.ggCustomers,
      used: fit.basis === 'bg-nbd-gamma-gamma',
    },
    horizonMonths: fit.horizonMonths,
    monthlyDiscountRate: fit.monthlyDiscountRate,
    fitDurationMs: fit.fitMs,
    totalDurationMs: fit.totalMs,
    warnings: modelWarnings(fit),
  };
}
