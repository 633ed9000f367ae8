import { readFileSync } from 'node:fs';
import { recalculateLtv, recordLtvTransactions } from '../../sdk/dist/index.js';

/** Shipped in the repository (reference-data/cdnow, MIT licence). */
const CDNOW = new URL('../../reference-data/cdnow/CDNOW_master.txt', import.meta.url);
const DAY = 86_400_000;
const BATCH = 10_000;

/**
 * The CDNOW purchase history (23,570 customers, 1997-01 to 1998-06) as LTV transactions, moved
 * in time so that it ends the day before `until` (yesterday): the models then see a living
 * customer base, and the demo's own conversions (whose customers' purchases arrive through
 * ConversionRecorded) join it.
 * Transaction ids are fixed, so a second run adds nothing twice. `customers`: only the first so
 * many customers' histories (a quicker run); all by default.
 */
export async function loadPurchaseHistory(
  client,
  { customers = Infinity, until = Date.now(), out } = {},
) {
  const rows = readFileSync(CDNOW, 'utf8').trim().split(/\r?\n/).slice(1);
  const lastDay = Date.UTC(1998, 5, 30);
  const shift = Math.floor(until / DAY) * DAY - DAY - lastDay;
  const transactions = rows.flatMap((line, index) => {
    const [customer, date, , dollars] = line.trim().split(/\s+/);
    if (Number(customer) > customers) return [];
    const day = Date.UTC(
      Number(date.slice(0, 4)),
      Number(date.slice(4, 6)) - 1,
      Number(date.slice(6, 8)),
    );
    return {
      transactionId: `cdnow-${index + 1}`,
      customerId: `cdnow-${customer}`,
      occurredAt: new Date(day + shift).toISOString(),
      amount: dollars,
      currency: 'USD',
    };
  });
  for (let i = 0; i < transactions.length; i += BATCH) {
    await recordLtvTransactions({
      client,
      body: { transactions: transactions.slice(i, i + BATCH) },
      throwOnError: true,
    });
    out?.write(
      `\rpurchase history: ${Math.min(i + BATCH, transactions.length)} of ${transactions.length}`,
    );
  }
  const { data } = await recalculateLtv({ client, body: {}, throwOnError: true });
  return { purchases: transactions.length, fit: data };
}
