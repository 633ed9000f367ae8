import { type BgNbdParams, expectedPurchases } from './bg-nbd.js';
import { type RfmPoint, WEEKS_PER_MONTH } from './rfm.js';

export interface ClvHorizon {
  months: number;
  /** Discount rate per month (0.01 = 1 %), applied to each month's expected value. */
  monthlyDiscountRate: number;
}

/**
 * Discounted expected value over the horizon: for each month m, the purchases expected within
 * it (E[X(m)] - E[X(m - 1)], from BG/NBD) times the expected value of a purchase (Gamma-Gamma),
 * discounted by (1 + d)^m, as lifetimes' customer_lifetime_value does. Returns the value and
 * the purchases expected over the whole horizon.
 */
export function predictedClv(
  params: BgNbdParams,
  customer: RfmPoint,
  expectedValuePerPurchase: number,
  { months, monthlyDiscountRate }: ClvHorizon,
): { clv: number; expectedPurchases: number } {
  let clv = 0;
  let previous = 0;
  for (let m = 1; m <= months; m += 1) {
    const cumulative = expectedPurchases(params, m * WEEKS_PER_MONTH, customer);
    clv += (expectedValuePerPurchase * (cumulative - previous)) / (1 + monthlyDiscountRate) ** m;
    previous = cumulative;
  }
  return { clv, expectedPurchases: previous };
}
