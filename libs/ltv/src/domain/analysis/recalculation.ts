import { type BgNbdParams, probabilityAlive } from '../models/bg-nbd.js';
import { fitBgNbd } from '../models/bg-nbd-fit.js';
import { type CustomerSummary, meanRepeatValue, toRfmPoint } from '../models/customer-summary.js';
import {
  expectedAverageValue,
  fitGammaGamma,
  type GammaGammaParams,
  usableForSpend,
} from '../models/gamma-gamma.js';
import type { FitOutcome } from '../models/model-fit.js';
import { type ClvHorizon, predictedClv } from '../models/predicted-clv.js';
import { notEnoughData } from '../ltv.errors.js';
import { type ObservedHistory, observedRateClv } from './observed-rate-clv.js';

/** A customer of the base as the database summarised them (see CustomerSummary). */
export interface BaseCustomer extends CustomerSummary, ObservedHistory {
  customerId: string;
}

export interface CustomerPrediction {
  customerId: string;
  expectedPurchases: number;
  probabilityAlive: number;
  expectedAverageValue: number;
  predictedClvMinor: number;
}

/** The method whose values were stored, and why the models were set aside when they were. */
export type ClvBasis =
  { method: 'bg-nbd-gamma-gamma'; reason: null } | { method: 'observed-rate'; reason: string };

export interface BaseFit {
  /** Null when the base was too small to attempt a fit. */
  bgNbd: FitOutcome<BgNbdParams> | null;
  gammaGamma: (FitOutcome<GammaGammaParams> & { customers: number }) | null;
  basis: ClvBasis;
  predictions: CustomerPrediction[];
  fitMs: number;
}

/** Fewer customers than this cannot pin down four BG/NBD parameters. */
export const MIN_CUSTOMERS = 10;
/** Gamma-Gamma needs repeat buyers with a positive mean value to say anything. */
export const MIN_SPEND_CUSTOMERS = 3;

/**
 * Fits both models on the whole base and predicts every customer: expected purchases and
 * P(alive) from BG/NBD, expected value per purchase from Gamma-Gamma, and the discounted CLV
 * over the horizon (in minor units, rounded: it is an estimate, stored as exact money).
 * Customers who share a history (x, t_x, T) share the BG/NBD work. A base too small to fit, or
 * a fit that did not converge, gives the observed-rate fallback instead, and says why: a
 * non-converged optimum (r in the millions) predicts nothing worth storing as money.
 */
export function fitBase(
  customers: readonly BaseCustomer[],
  minorDigits: number,
  horizon: ClvHorizon,
  elapsed: () => number = () => performance.now(),
): BaseFit {
  if (customers.length === 0) {
    throw notEnoughData('The base has no customers with a purchase up to asOf.');
  }
  const started = elapsed();
  const spendPoints = customers.map((c) => ({
    x: c.repeatPurchases,
    meanValue: meanRepeatValue(c, minorDigits),
  }));
  const spendCustomers = spendPoints.filter(usableForSpend).length;
  if (customers.length < MIN_CUSTOMERS || spendCustomers < MIN_SPEND_CUSTOMERS) {
    const reason =
      `The models need at least ${MIN_CUSTOMERS} customers and ${MIN_SPEND_CUSTOMERS} repeat buyers with a positive spend; ` +
      `the base has ${customers.length} customers and ${spendCustomers} such repeat buyers.`;
    return fallback(customers, minorDigits, horizon, null, null, reason, elapsed() - started);
  }
  const histories = groupHistories(customers);
  const bgNbd = fitBgNbd([...histories.values()].map((h) => h.point));
  const gammaGamma = { ...fitGammaGamma(spendPoints), customers: spendCustomers };
  const fitMs = elapsed() - started;
  if (!bgNbd.converged || !gammaGamma.converged) {
    const which = [!bgNbd.converged && 'BG/NBD', !gammaGamma.converged && 'Gamma-Gamma'];
    const reason = `The ${which.filter(Boolean).join(' and ')} fit did not converge: its parameters are not used.`;
    return fallback(customers, minorDigits, horizon, bgNbd, gammaGamma, reason, fitMs);
  }

  const unit = 10 ** minorDigits;
  const predictions = customers.map((customer, i) => {
    const history = histories.get(historyKey(customer))!;
    history.forecast ??= forecast(bgNbd.params, history.point, horizon);
    const value = valuePerPurchase(gammaGamma.params, spendPoints[i]);
    return {
      customerId: customer.customerId,
      expectedPurchases: history.forecast.expectedPurchases,
      probabilityAlive: history.forecast.probabilityAlive,
      expectedAverageValue: value,
      // The discounted purchase counts times the value per purchase (linear in the value).
      predictedClvMinor: Math.round(history.forecast.discountedPurchases * value * unit),
    };
  });
  const basis = { method: 'bg-nbd-gamma-gamma', reason: null } as const;
  return { bgNbd, gammaGamma, basis, predictions, fitMs };
}

function fallback(
  customers: readonly BaseCustomer[],
  minorDigits: number,
  horizon: ClvHorizon,
  bgNbd: BaseFit['bgNbd'],
  gammaGamma: BaseFit['gammaGamma'],
  reason: string,
  fitMs: number,
): BaseFit {
  const unit = 10 ** minorDigits;
  const predictions = customers.map((customer) => ({
    customerId: customer.customerId,
    ...observedRateClv(customer, horizon, unit),
  }));
  return { bgNbd, gammaGamma, basis: { method: 'observed-rate', reason }, predictions, fitMs };
}

/**
 * Gamma-Gamma's expected value per purchase; where it is undefined (q <= 1 makes the population
 * mean infinite) the customer's own mean stands in, so one odd fit cannot store NaN as money.
 */
function valuePerPurchase(
  params: GammaGammaParams,
  point: { x: number; meanValue: number },
): number {
  const value = expectedAverageValue(params, point);
  return Number.isFinite(value) && value >= 0 ? value : point.meanValue;
}

interface History {
  point: ReturnType<typeof toRfmPoint>;
  forecast?: { expectedPurchases: number; probabilityAlive: number; discountedPurchases: number };
}

const historyKey = (c: CustomerSummary) => `${c.repeatPurchases}:${c.recencyDays}:${c.ageDays}`;

function groupHistories(customers: readonly BaseCustomer[]): Map<string, History> {
  const histories = new Map<string, History>();
  for (const customer of customers) {
    const key = historyKey(customer);
    const history = histories.get(key);
    if (history) history.point.count = (history.point.count ?? 1) + 1;
    else histories.set(key, { point: toRfmPoint(customer) });
  }
  return histories;
}

function forecast(params: BgNbdParams, point: History['point'], horizon: ClvHorizon) {
  const { count: _count, ...customer } = point;
  const { clv, expectedPurchases } = predictedClv(params, customer, 1, horizon);
  // Extreme parameters (a, b without bound) can make the series meaningless: count nothing
  // rather than store NaN.
  const finite = (v: number, fallback: number) => (Number.isFinite(v) ? v : fallback);
  return {
    expectedPurchases: finite(expectedPurchases, 0),
    probabilityAlive: finite(probabilityAlive(params, customer), 1),
    discountedPurchases: finite(clv, 0),
  };
}
