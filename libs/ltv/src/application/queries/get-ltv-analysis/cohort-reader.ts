import type { EntityManager } from 'typeorm';
import {
  buildCohorts,
  type Cohort,
  type CohortPeriod,
  monthIndex,
  periodOfMonth,
} from '../../../domain/analysis/cohorts.js';

/**
 * Purchases per cohort and period offset, counted in SQL on integers (occurred_month), the same
 * statement on both databases. A customer's cohort is a window minimum over their own purchases
 * (no join back, which PostgreSQL may plan as a nested loop before it has statistics). A
 * cohort's size is its activity at offset 0: every customer buys in the period they were acquired.
 */
const cohortSql = (monthsPerPeriod: 1 | 3) => `
WITH counted AS (
  SELECT t.customer_id, t.occurred_month / ${monthsPerPeriod} AS period, t.amount_minor
  FROM ltv_transactions t
  JOIN ltv_customers c ON c.customer_id = t.customer_id
  WHERE t.status = 'counted' AND t.occurred_at <= :asOf AND c.currency = :currency
),
tagged AS (
  SELECT customer_id, period, amount_minor,
         MIN(period) OVER (PARTITION BY customer_id) AS cohort
  FROM counted
)
SELECT cohort, period - cohort AS period_offset,
       COUNT(DISTINCT customer_id) AS active, SUM(amount_minor) AS revenue
FROM tagged
GROUP BY cohort, period - cohort`;

export async function readCohorts(
  manager: EntityManager,
  period: CohortPeriod,
  asOf: Date,
  currency: string,
): Promise<Cohort[]> {
  const [sql, parameters] = manager.connection.driver.escapeQueryWithParameters(
    cohortSql(period === 'month' ? 1 : 3),
    { asOf, currency },
  );
  const rows: Record<'cohort' | 'period_offset' | 'active' | 'revenue', string | number>[] =
    await manager.query(sql, parameters);
  const activity = rows.map((row) => ({
    cohort: Number(row.cohort),
    offset: Number(row.period_offset),
    activeCustomers: Number(row.active),
    revenueMinor: Number(row.revenue),
  }));
  const sizes = new Map(
    activity.filter((row) => row.offset === 0).map((row) => [row.cohort, row.activeCustomers]),
  );
  return buildCohorts(sizes, activity, periodOfMonth(monthIndex(asOf), period), period);
}
