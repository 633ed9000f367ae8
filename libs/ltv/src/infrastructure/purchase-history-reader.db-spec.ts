import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbSpec, startDbSpec } from '../../../../test/support/db-spec.js';
import { epochDay, purchase } from '../../../../test/support/ltv-db.js';
import { ltvSchema } from '../ltv-schema.js';
import { ERASED_PREFIX } from './customer-ltv-pseudonymiser.js';
import { LtvTransactionOrmEntity } from './ltv-transaction.orm-entity.js';
import { type HistoryGroup, PurchaseHistoryReader } from './purchase-history-reader.js';

const AS_OF_DAY = epochDay('2026-11-26');
const PSEUDONYM = `${ERASED_PREFIX}0193a1f0-0000-7000-8000-000000000000`;
const day = (date: string) => epochDay(date);
const inOrder = (groups: HistoryGroup[]) =>
  [...groups].sort(
    (a, b) =>
      a.repeatPurchases - b.repeatPurchases ||
      a.recencyDays - b.recencyDays ||
      a.ageDays - b.ageDays,
  );

describe('the purchase history reader', () => {
  let db: DbSpec;
  let reader: PurchaseHistoryReader;

  beforeAll(async () => {
    db = await startDbSpec({ schemas: [ltvSchema], providers: [PurchaseHistoryReader] });
    reader = db.get(PurchaseHistoryReader);
    await db.dataSource.getRepository(LtvTransactionOrmEntity).insert([
      // Two orders on one day are one purchase day.
      purchase('alice', '2026-11-01T08:00:00Z', 2_000),
      purchase('alice', '2026-11-01T21:00:00Z', 500),
      purchase('alice', '2026-11-10', 3_000),
      purchase('alice', '2026-11-15', 7_777, { status: 'excluded' }),
      // On the day asked: counted. The day after: not yet.
      purchase('alice', '2026-11-26T23:59:59.999Z', 1_000),
      purchase('alice', '2026-11-27T00:00:00Z', 1_000),
      purchase('dave', '2026-11-01', 100),
      purchase('dave', '2026-11-10', 100),
      purchase('dave', '2026-11-26', 100),
      purchase('bob', '2026-11-20', 4_000),
      // Every currency counts in the base.
      purchase('frank', '2026-11-25', 900, { currency: 'USD' }),
      purchase('erin', '2026-11-28', 900),
      purchase(PSEUDONYM, '2026-11-05', 1_200),
      purchase(PSEUDONYM, '2026-11-06', 1_200),
      // A customer of the advertiser's own naming, not a pseudonym.
      purchase('Erased:Smith', '2026-11-07', 1_200),
    ]);
  });
  afterAll(() => db.close());

  it('groups the base by history as of a day, erased customers included', async () => {
    expect(inOrder(await reader.historyGroups(AS_OF_DAY))).toEqual([
      { repeatPurchases: 0, recencyDays: 0, ageDays: 1, customers: 1 }, // frank
      { repeatPurchases: 0, recencyDays: 0, ageDays: 6, customers: 1 }, // bob
      { repeatPurchases: 0, recencyDays: 0, ageDays: 19, customers: 1 }, // Erased:Smith
      { repeatPurchases: 1, recencyDays: 1, ageDays: 21, customers: 1 }, // the erased customer
      { repeatPurchases: 2, recencyDays: 25, ageDays: 25, customers: 2 }, // alice and dave
    ]);
  });

  it('sees only the purchases up to the day asked', async () => {
    expect(inOrder(await reader.historyGroups(AS_OF_DAY - 1))).toEqual([
      { repeatPurchases: 0, recencyDays: 0, ageDays: 0, customers: 1 },
      { repeatPurchases: 0, recencyDays: 0, ageDays: 5, customers: 1 },
      { repeatPurchases: 0, recencyDays: 0, ageDays: 18, customers: 1 },
      { repeatPurchases: 1, recencyDays: 1, ageDays: 20, customers: 1 },
      { repeatPurchases: 1, recencyDays: 9, ageDays: 24, customers: 2 },
    ]);
    expect(await reader.historyGroups(day('2026-10-31'))).toEqual([]);
  });

  it("lists each customer's distinct purchase days, and no erased customer's", async () => {
    // Grouped by customer, in an order that depends on the database's collation.
    const histories = await reader.purchaseDays(AS_OF_DAY);
    expect(histories.sort((a, b) => (a.customerId < b.customerId ? -1 : 1))).toEqual([
      { customerId: 'Erased:Smith', purchaseDays: [day('2026-11-07')] },
      {
        customerId: 'alice',
        purchaseDays: [day('2026-11-01'), day('2026-11-10'), day('2026-11-26')],
      },
      { customerId: 'bob', purchaseDays: [day('2026-11-20')] },
      {
        customerId: 'dave',
        purchaseDays: [day('2026-11-01'), day('2026-11-10'), day('2026-11-26')],
      },
      { customerId: 'frank', purchaseDays: [day('2026-11-25')] },
    ]);
  });

  it("reads one customer's purchase days as of a day", async () => {
    expect(await reader.purchaseDays(AS_OF_DAY - 1, 'alice')).toEqual([
      { customerId: 'alice', purchaseDays: [day('2026-11-01'), day('2026-11-10')] },
    ]);
    expect(await reader.purchaseDays(AS_OF_DAY, 'erin')).toEqual([]);
    // Not even when asked for by the pseudonym.
    expect(await reader.purchaseDays(AS_OF_DAY, PSEUDONYM)).toEqual([]);
    expect(await reader.purchaseDays(AS_OF_DAY, 'Erased:Smith')).toEqual([
      { customerId: 'Erased:Smith', purchaseDays: [day('2026-11-07')] },
    ]);
  });
});
