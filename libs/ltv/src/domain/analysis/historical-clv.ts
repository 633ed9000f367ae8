const DAYS_PER_YEAR = 365.25;

/** What a customer has bought so far, as the historical value reads it. */
export interface PurchaseHistory {
  /** Transactions counted (each order, even two on one day). */
  orders: number;
  revenueMinor: number;
  firstDay: number;
  /** The last day of the observation period (UTC day number). */
  asOfDay: number;
}

/**
 * Historical CLV by the product rule: average order value x purchase frequency x customer
 * lifespan, where
 * - average order value = revenue / orders (major units);
 * - lifespan = years from the first purchase day to the end of the observation period, both
 *   days included (a customer who first bought today has a lifespan of one day);
 * - purchase frequency = orders per year of that lifespan.
 * Their product is the revenue the customer has brought so far: the terms are reported apart
 * because they say where the value came from (basket size, buying rate or tenure).
 */
export interface HistoricalClv {
  averageOrderValue: number;
  purchaseFrequencyPerYear: number;
  lifespanYears: number;
  clv: number;
}

export function historicalClv(history: PurchaseHistory, minorDigits: number): HistoricalClv {
  const unit = 10 ** minorDigits;
  const averageOrderValue = history.orders === 0 ? 0 : history.revenueMinor / history.orders / unit;
  const lifespanYears = Math.max(0, history.asOfDay - history.firstDay + 1) / DAYS_PER_YEAR;
  const purchaseFrequencyPerYear = lifespanYears === 0 ? 0 : history.orders / lifespanYears;
  return {
    averageOrderValue,
    purchaseFrequencyPerYear,
    lifespanYears,
    clv: averageOrderValue * purchaseFrequencyPerYear * lifespanYears,
  };
}
