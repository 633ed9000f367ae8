import { type BgNbdParams, probabilityAlive, probabilityNoPurchase } from '../models/bg-nbd.js';
import { toRfmPoint } from '../models/customer-summary.js';
import { type MbgNbdParams, mbgNbdProbabilityNoPurchase } from '../models/mbg-nbd.js';
import { noPurchaseByExpectation } from '../models/no-purchase.js';
import { DAYS_PER_WEEK, type RfmPoint } from '../models/rfm.js';

/** A customer's distinct purchase days (UTC day numbers) up to asOfDay, ascending. */
export interface PurchaseHistory {
  customerId: string;
  purchaseDays: number[];
}

/** One customer's outlook over the horizon; the MBG/NBD figure only when it was asked for. */
export interface NoPurchaseForecast {
  expectedPurchases: number;
  probabilityAlive: number;
  probabilityNoPurchase: number;
  bgNbdExact: number;
  mbgNbdExact: number | null;
  /** The same probability had the last purchase been today (x and the first day kept). */
  ifBoughtToday: number;
  /** The same probability for a customer whose first purchase is today: the baseline. */
  asNewBuyer: number;
}

export type ForecastOutcome =
  { forecasts: NoPurchaseForecast[]; reason: null } | { forecasts: null; reason: string };

/**
 * Forecasts every history over `horizonDays` (in the order given), customers who share a
 * history sharing the work. `mbgNbd` adds its exact P0 for comparison. A probability a hair
 * outside [0, 1] from rounding is clamped; a value that is not a number at all (parameters
 * at a singularity, such as a = 1) withdraws the whole forecast with the reason, rather than
 * hand out figures from a model that failed on some customers.
 */
export function forecastHistories(
  histories: readonly PurchaseHistory[],
  params: BgNbdParams,
  mbgNbd: MbgNbdParams | null,
  asOfDay: number,
  horizonDays: number,
): ForecastOutcome {
  const t = horizonDays / DAYS_PER_WEEK;
  const shared = new Map<string, NoPurchaseForecast | null>();
  const forecasts: NoPurchaseForecast[] = [];
  for (const { customerId, purchaseDays } of histories) {
    const point = historyPoint(purchaseDays, asOfDay);
    const key = `${point.x}:${point.tX}:${point.T}`;
    let forecast = shared.get(key);
    if (forecast === undefined) {
      forecast = forecastPoint(params, mbgNbd, t, point);
      shared.set(key, forecast);
    }
    if (forecast === null) {
      return {
        forecasts: null,
        reason:
          `BG/NBD (r ${params.r}, alpha ${params.alpha}, a ${params.a}, b ${params.b}) ` +
          `gives no finite forecast for customer ${customerId} (x ${point.x}, t_x ${point.tX}, T ${point.T}).`,
      };
    }
    forecasts.push(forecast);
  }
  return { forecasts, reason: null };
}

/** The model's view of the purchase days, by the customer-summary conventions. */
export function historyPoint(purchaseDays: readonly number[], asOfDay: number): RfmPoint {
  const first = purchaseDays[0];
  return toRfmPoint({
    repeatPurchases: purchaseDays.length - 1,
    recencyDays: purchaseDays[purchaseDays.length - 1] - first,
    ageDays: asOfDay - first,
  });
}

function forecastPoint(
  params: BgNbdParams,
  mbgNbd: MbgNbdParams | null,
  t: number,
  point: RfmPoint,
): NoPurchaseForecast | null {
  const chosen = noPurchaseByExpectation(params, t, point);
  // What-if histories, so a buyer's drivers can say what silence and repeat purchases added.
  const asNewBuyer = noPurchaseByExpectation(params, t, {
    x: 0,
    tX: 0,
    T: 0,
  }).probabilityNoPurchase;
  const ifBoughtToday =
    point.x === 0
      ? asNewBuyer
      : noPurchaseByExpectation(params, t, { x: point.x, tX: point.T, T: point.T })
          .probabilityNoPurchase;
  const alive = probabilityAlive(params, point);
  const exact = probabilityNoPurchase(params, t, point);
  if (!Number.isFinite(chosen.expectedPurchases)) return null;
  if ([chosen.probabilityNoPurchase, alive, exact, asNewBuyer, ifBoughtToday].some(Number.isNaN))
    return null;
  const mbgExact = mbgNbd && mbgNbdProbabilityNoPurchase(mbgNbd, t, point);
  return {
    expectedPurchases: Math.max(0, chosen.expectedPurchases),
    probabilityAlive: clamp(alive),
    probabilityNoPurchase: clamp(chosen.probabilityNoPurchase),
    bgNbdExact: clamp(exact),
    mbgNbdExact: mbgExact === null || Number.isNaN(mbgExact) ? null : clamp(mbgExact),
    ifBoughtToday: clamp(ifBoughtToday),
    asNewBuyer: clamp(asNewBuyer),
  };
}

const clamp = (probability: number) => Math.min(1, Math.max(0, probability));
