import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  BaseSummaryReader,
  type SummarisedCustomer,
} from '../domain/predictions/base-summary-reader.js';

/**
 * The whole base summarised in SQL (the same statement on PostgreSQL and SQLite: integers only,
 * thanks to occurred_day): purchases grouped per customer and day, then per customer the purchase
 * days, first and last day, orders, revenue and the first day's total. Only the summaries leave
 * the database, never the transactions. Counted purchases up to `asOf`, of customers in `currency`.
 * The first day's total comes from a window over the day rows rather than a join back to them:
 * right after a bulk load PostgreSQL has no statistics yet, and planned that join as a nested
 * loop (135 s for CDNOW_master) where one pass over the days takes a fraction of a second.
 */
const SUMMARY_SQL = `
WITH days AS (
  SELECT t.customer_id, t.occurred_day AS day, SUM(t.amount_minor) AS amount, COUNT(*) AS orders
  FROM ltv_transactions t
  JOIN ltv_customers c ON c.customer_id = t.customer_id
  WHERE t.status = 'counted' AND t.occurred_at <= :asOf AND c.currency = :currency
  GROUP BY t.customer_id, t.occurred_day
),
ranked AS (
  SELECT customer_id, day, amount, orders,
         MIN(day) OVER (PARTITION BY customer_id) AS first_day
  FROM days
)
SELECT customer_id, COUNT(*) AS purchase_days, MIN(day) AS first_day, MAX(day) AS last_day,
       SUM(orders) AS orders, SUM(amount) AS revenue,
       SUM(CASE WHEN day = first_day THEN amount ELSE 0 END) AS first_amount
FROM ranked
GROUP BY customer_id
ORDER BY customer_id`;

interface SummaryRow {
  customer_id: string;
  purchase_days: string | number;
  first_day: string | number;
  last_day: string | number;
  orders: string | number;
  revenue: string | number;
  first_amount: string | number;
}

@Injectable()
export class TypeormBaseSummaryReader extends BaseSummaryReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async summarise(asOf: Date, asOfDay: number, currency: string): Promise<SummarisedCustomer[]> {
    const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(SUMMARY_SQL, {
      asOf,
      currency,
    });
    const rows: SummaryRow[] = await this.dataSource.query(sql, parameters);
    return rows.map((row) => {
      const firstDay = Number(row.first_day);
      const revenueMinor = Number(row.revenue);
      return {
        customerId: row.customer_id,
        repeatPurchases: Number(row.purchase_days) - 1,
        recencyDays: Number(row.last_day) - firstDay,
        ageDays: asOfDay - firstDay,
        repeatValueMinor: revenueMinor - Number(row.first_amount),
        orders: Number(row.orders),
        revenueMinor,
        firstDay,
      };
    });
  }
}
