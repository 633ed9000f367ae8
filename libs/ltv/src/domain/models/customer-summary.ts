import { DAYS_PER_WEEK, type RfmPoint } from './rfm.js';

/** One purchase day of a customer: the UTC day number and the day's total (minor units). */
export interface PurchaseDay {
  day: number;
  amountMinor: number;
}

/**
 * A customer's history reduced to what the models read, by the standard definitions (see
 * reference-data/cdnow/README.md): purchases grouped per day; `repeatPurchases` = purchase days
 * - 1; `recencyDays` from the first to the last purchase day; `ageDays` from the first purchase
 * day to the end of the observation period; `repeatValueMinor` the sum of the repeat days'
 * totals (the first day is left out), so the mean repeat value is repeatValueMinor / x.
 * The database computes the same columns in SQL for the whole base.
 */
export interface CustomerSummary {
  repeatPurchases: number;
  recencyDays: number;
  ageDays: number;
  repeatValueMinor: number;
}

export function summarisePurchaseDays(
  days: readonly PurchaseDay[],
  asOfDay: number,
): CustomerSummary | null {
  const totals = new Map<number, number>();
  for (const { day, amountMinor } of days) {
    if (day <= asOfDay) totals.set(day, (totals.get(day) ?? 0) + amountMinor);
  }
  if (totals.size === 0) return null;
  const ordered = [...totals.keys()].sort((p, q) => p - q);
  const first = ordered[0];
  const total = [...totals.values()].reduce((sum, amount) => sum + amount, 0);
  return {
    repeatPurchases: ordered.length - 1,
    recencyDays: ordered[ordered.length - 1] - first,
    ageDays: asOfDay - first,
    repeatValueMinor: total - totals.get(first)!,
  };
}

/** The model's view of a summary, in weeks (the value is not needed for it). */
export function toRfmPoint(
  summary: Omit<CustomerSummary, 'repeatValueMinor'>,
  count = 1,
): RfmPoint {
  return {
    x: summary.repeatPurchases,
    tX: summary.recencyDays / DAYS_PER_WEEK,
    T: summary.ageDays / DAYS_PER_WEEK,
    count,
  };
}

/** Mean value of the repeat purchases in major units (0 without one). */
export function meanRepeatValue(summary: CustomerSummary, minorDigits: number): number {
  if (summary.repeatPurchases === 0) return 0;
  return summary.repeatValueMinor / summary.repeatPurchases / 10 ** minorDigits;
}
