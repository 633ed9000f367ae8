import { expect } from 'vitest';
import type { TestApp } from './test-app.js';

export interface PurchaseRow {
  transactionId: string;
  customerId: string;
  occurredAt: string;
  amount: number | string;
  currency: string;
}

/** The LTV requests the specs make, with the admin key. Takes the app through a getter. */
export function ltvApi(app: () => TestApp) {
  const postJson = (transactions: unknown[]) =>
    app().request({ method: 'POST', url: '/ltv/transactions', payload: { transactions } });

  const postCsv = (csv: string, contentType = 'text/csv') =>
    app().request({
      method: 'POST',
      url: '/ltv/transactions',
      payload: csv,
      headers: { 'content-type': contentType },
    });

  /** Records the rows (as CSV, in batches of 10,000) and expects every one to be accepted. */
  const record = async (rows: readonly PurchaseRow[]) => {
    for (let i = 0; i < rows.length; i += 10_000) {
      const response = await postCsv(toCsv(rows.slice(i, i + 10_000)));
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().rejected, response.body).toBe(0);
    }
  };

  const recalculate = async (asOf?: string) => {
    const response = await app().request({
      method: 'POST',
      url: '/ltv/recalculate',
      payload: asOf ? { asOf } : {},
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  const get = (url: string) => app().request({ method: 'GET', url });

  return { postJson, postCsv, record, recalculate, get };
}

export function toCsv(rows: readonly PurchaseRow[]): string {
  const lines = rows.map((r) =>
    [r.transactionId, r.customerId, r.occurredAt, r.amount, r.currency].join(','),
  );
  return `transactionId,customerId,occurredAt,amount,currency\n${lines.join('\n')}\n`;
}

/** How many purchases the LTV ledger holds. */
export async function storedTransactions(t: TestApp): Promise<number> {
  const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM ltv_transactions');
  return Number(n);
}

/**
 * A small synthetic base: `customers` customers acquired over the months before `until`, each
 * buying 1 to 4 times at intervals of 10 to 50 days, for 10.00 to 10.00 + customers.
 */
export function syntheticPurchases(customers: number, until: Date, prefix = 'syn'): PurchaseRow[] {
  const rows: PurchaseRow[] = [];
  for (let c = 0; c < customers; c += 1) {
    const start = until.getTime() - (400 - (c % 13) * 20) * 86_400_000;
    for (let k = 0; k <= c % 4; k += 1) {
      const at = new Date(start + k * ((c % 5) + 1) * 10 * 86_400_000);
      if (at > until) break;
      rows.push({
        transactionId: `${prefix}-${c}-${k}`,
        customerId: `${prefix}-cust-${c}`,
        occurredAt: at.toISOString(),
        amount: (10 + c + k).toFixed(2),
        currency: 'USD',
      });
    }
  }
  return rows;
}
