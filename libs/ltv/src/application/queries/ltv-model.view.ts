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
  bgNbd: {
    r: number;
    alpha: number;
    a: number;
    b: number;
    logLikelihood: number;
    converged: boolean;
    iterations: number;
  };
  gammaGamma: {
    p: number | null;
    q: number | null;
    gamma: number | null;
    logLikelihood: number | null;
    converged: boolean;
    customers: number;
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
  if (!fit.bgConverged || !fit.ggConverged) {
    warnings.push('A model fit did not converge: treat its parameters and predictions with care.');
  }
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
    bgNbd: {
      r: fit.r,
      alpha: fit.alpha,
      a: fit.a,
      b: fit.b,
      logLikelihood: fit.bgLogLikelihood,
      converged: fit.bgConverged,
      iterations: fit.bgIterations,
    },
    gammaGamma: {
      p: fit.p,
      q: fit.q,
      gamma: fit.gamma,
      logLikelihood: fit.ggLogLikelihood,
      converged: fit.ggConverged,
      customers: fit.ggCustomers,
    },
    horizonMonths: fit.horizonMonths,
    monthlyDiscountRate: fit.monthlyDiscountRate,
    fitDurationMs: fit.fitMs,
    totalDurationMs: fit.totalMs,
    warnings: modelWarnings(fit),
  };
}
