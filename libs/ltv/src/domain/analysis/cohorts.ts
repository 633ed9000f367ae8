/** Cohorts are formed by the calendar month or quarter of a customer's first purchase. */
export type CohortPeriod = 'month' | 'quarter';

/**
 * Period indexes count months (or quarters) since year 0, so a difference of two is a number
 * of periods. Transactions carry their month index, so the database groups on integers.
 */
export function monthIndex(date: Date): number {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

export function periodOfMonth(month: number, period: CohortPeriod): number {
  return period === 'month' ? month : Math.floor(month / 3);
}

export function periodLabel(index: number, period: CohortPeriod): string {
  if (period === 'quarter') return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** What the database counts: per cohort and period offset, who bought and for how much. */
export interface CohortActivity {
  cohort: number;
  offset: number;
  activeCustomers: number;
  revenueMinor: number;
}

export interface CohortPeriodView {
  offset: number;
  period: string;
  activeCustomers: number;
  /** Share of the cohort that bought in this period. */
  purchasingShare: number;
  revenueMinor: number;
  /** Revenue of the cohort up to and including this period, per customer of the cohort. */
  cumulativeRevenuePerCustomerMinor: number;
}

export interface Cohort {
  cohort: string;
  customers: number;
  revenueMinor: number;
  periods: CohortPeriodView[];
}

/**
 * Builds the cohort table: one row per cohort with every period from acquisition to
 * `lastPeriod` (periods without purchases included as zeros, so rows line up).
 */
export function buildCohorts(
  sizes: ReadonlyMap<number, number>,
  activity: readonly CohortActivity[],
  lastPeriod: number,
  period: CohortPeriod,
): Cohort[] {
  const byCohort = new Map<number, Map<number, CohortActivity>>();
  for (const row of activity) {
    const rows = byCohort.get(row.cohort) ?? new Map<number, CohortActivity>();
    rows.set(row.offset, row);
    byCohort.set(row.cohort, rows);
  }
  return [...sizes.entries()]
    .sort(([p], [q]) => p - q)
    .map(([cohort, customers]) => {
      const rows = byCohort.get(cohort) ?? new Map<number, CohortActivity>();
      let cumulative = 0;
      const periods: CohortPeriodView[] = [];
      for (let offset = 0; cohort + offset <= lastPeriod; offset += 1) {
        const row = rows.get(offset);
        const revenueMinor = row?.revenueMinor ?? 0;
        cumulative += revenueMinor;
        periods.push({
          offset,
          period: periodLabel(cohort + offset, period),
          activeCustomers: row?.activeCustomers ?? 0,
          purchasingShare: customers === 0 ? 0 : (row?.activeCustomers ?? 0) / customers,
          revenueMinor,
          cumulativeRevenuePerCustomerMinor: customers === 0 ? 0 : cumulative / customers,
        });
      }
      return { cohort: periodLabel(cohort, period), customers, revenueMinor: cumulative, periods };
    });
}
