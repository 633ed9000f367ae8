/** Days per week: model time is in weeks, as in the literature, so fitted parameters compare. */
export const DAYS_PER_WEEK = 7;
/** Weeks in an average month (365.25 / 12 / 7), for horizons and discounting stated in months. */
export const WEEKS_PER_MONTH = 365.25 / 12 / DAYS_PER_WEEK;

/**
 * A customer as the buy-till-you-die models see them, in weeks: `x` repeat purchases (purchase
 * days after the first), `tX` from the first to the last purchase day, `T` from the first
 * purchase day to the end of the observation period. `count` customers share these values
 * (1 when absent): fits run on distinct points, which is much faster on a large base.
 */
export interface RfmPoint {
  x: number;
  tX: number;
  T: number;
  count?: number;
}

/** A repeat buyer's mean repeat-purchase value (major units), for the spend model. */
export interface SpendPoint {
  x: number;
  meanValue: number;
  count?: number;
}
