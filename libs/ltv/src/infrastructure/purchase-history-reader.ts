import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { PurchaseHistory } from '../domain/analysis/purchase-forecasts.js';
import type { CustomerSummary } from '../domain/models/customer-summary.js';
import { ERASED_PREFIX } from './customer-ltv-pseudonymiser.js';

/** Customers who share a history (repeat purchases, recency and age in days). */
export interface HistoryGroup extends Omit<CustomerSummary, 'repeatValueMinor'> {
  customers: number;
}

/**
 * The base as the purchase models see it, summarised in SQL (the same statement on PostgreSQL
 * and SQLite, integers only thanks to occurred_day, and no join for the planner to get wrong
 * after a bulk load): counted purchase days of every currency up to asOfDay, per customer, then
 * grouped by history, so only the distinct histories with their counts leave the database.
 * The first day comes back rather than the age: the age would put the parameter in an
 * arithmetic expression, whose type PostgreSQL cannot infer.
 */
const HISTORY_GROUPS_SQL = `
WITH days AS (
  SELECT DISTINCT customer_id, occurred_day AS day
  FROM ltv_transactions
  WHERE status = 'counted' AND occurred_day <= :asOfDay
),
histories AS (
  SELECT COUNT(*) - 1 AS x, MAX(day) - MIN(day) AS recency_days, MIN(day) AS first_day
  FROM days
  GROUP BY customer_id
)
SELECT x, recency_days, first_day, COUNT(*) AS customers
FROM histories
GROUP BY x, recency_days, first_day`;

/**
 * Distinct purchase days, in customer order so that each customer's days come together. Erased
 * customers' purchases stay in the fit (the base's history is still true) but no pseudonym is
 * handed out as a customer: nobody is left to assess or to message. Pseudonyms are told by
 * their prefix with substr, not LIKE: SQLite's LIKE ignores case, and would hide a customer
 * whose own id happens to start with "Erased:".
 */
const purchaseDaysSql = (oneCustomer: boolean) => `
SELECT DISTINCT customer_id, occurred_day AS day
FROM ltv_transactions
WHERE status = 'counted' AND occurred_day <= :asOfDay
  AND substr(customer_id, 1, ${ERASED_PREFIX.length}) <> :erased${oneCustomer ? ' AND customer_id = :customerId' : ''}
ORDER BY customer_id, day`;

type Integer = string | number;

@Injectable()
export class PurchaseHistoryReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async historyGroups(asOfDay: number): Promise<HistoryGroup[]> {
    const rows = await this.query<
      Record<'x' | 'recency_days' | 'first_day' | 'customers', Integer>
    >(HISTORY_GROUPS_SQL, { asOfDay });
    return rows.map((row) => ({
      repeatPurchases: Number(row.x),
      recencyDays: Number(row.recency_days),
      ageDays: asOfDay - Number(row.first_day),
      customers: Number(row.customers),
    }));
  }

  /** Every customer's purchase days, or only `customerId`'s (through the customer-day index). */
  async purchaseDays(asOfDay: number, customerId?: string): Promise<PurchaseHistory[]> {
    const oneCustomer = customerId !== undefined;
    const rows = await this.query<{ customer_id: string; day: Integer }>(
      purchaseDaysSql(oneCustomer),
      { asOfDay, erased: ERASED_PREFIX, ...(oneCustomer ? { customerId } : {}) },
    );
    const histories: PurchaseHistory[] = [];
    let current: PurchaseHistory | undefined;
    for (const row of rows) {
      if (current?.customerId !== row.customer_id) {
        current = { customerId: row.customer_id, purchaseDays: [] };
        histories.push(current);
      }
      current.purchaseDays.push(Number(row.day));
    }
    return histories;
  }

  private query<Row>(sql: string, parameters: Record<string, unknown>): Promise<Row[]> {
    const [escaped, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters);
    return this.dataSource.query(escaped, values);
  }
}
