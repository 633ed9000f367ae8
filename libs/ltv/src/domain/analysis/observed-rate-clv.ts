import type { ClvHorizon } from '../models/predicted-clv.js';

const DAYS_PER_MONTH = 365.25 / 12;

/** What the fallback reads of a customer: all orders, all revenue, days since the first. */
export interface ObservedHistory {
  orders: number;
  revenueMinor: number;
  ageDays: number;
}

/**
 * The stated fallback when the models cannot be used (see docs/decisions.md): the customer
 * keeps buying at the rate observed so far, at their mean order value. With the age counted in
 * days, first purchase day and as-of day both included (as the historical CLV counts them),
 *   rate per day       = orders / (ageDays + 1)
 *   expected purchases = rate x horizon days (months x 365.25 / 12)
 *   CLV                = sum over months m of rate x month days x (revenue / orders) / (1 + d)^m
 * discounted month by month like the model's CLV, so the two read on the same scale. It
 * assumes every customer is still buying, hence P(alive) = 1: nothing here can estimate churn.
 */
export function observedRateClv(history: ObservedHistory, horizon: ClvHorizon, unit: number) {
  const ratePerDay = history.orders / (history.ageDays + 1);
  const valuePerMonthMinor = (history.revenueMinor * DAYS_PER_MONTH) / (history.ageDays + 1);
  let clvMinor = 0;
  for (let m = 1; m <= horizon.months; m += 1) {
    clvMinor += valuePerMonthMinor / (1 + horizon.monthlyDiscountRate) ** m;
  }
  return {
    expectedPurchases: ratePerDay * DAYS_PER_MONTH * horizon.months,
    probabilityAlive: 1,
    expectedAverageValue: history.orders === 0 ? 0 : history.revenueMinor / history.orders / unit,
    predictedClvMinor: Math.round(clvMinor),
  };
}
