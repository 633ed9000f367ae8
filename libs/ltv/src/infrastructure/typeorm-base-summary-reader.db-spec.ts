import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DbSpec, startDbSpec } from '../../../../test/support/db-spec.js';
import { epochDay, ltvCustomer, purchase } from '../../../../test/support/ltv-db.js';
import { ltvSchema } from '../ltv-schema.js';
import { TypeormBaseSummaryReader } from './typeorm-base-summary-reader.js';
import { LtvCustomerOrmEntity } from './ltv-customer.orm-entity.js';
import { LtvTransactionOrmEntity } from './ltv-transaction.orm-entity.js';

const AS_OF = new Date('2026-11-26T09:00:00Z');
const AS_OF_DAY = epochDay('2026-11-26');
const day = (date: string) => epochDay(date);

describe('the base summary reader', () => {
  let db: DbSpec;
  let reader: TypeormBaseSummaryReader;

  beforeAll(async () => {
    db = await startDbSpec({ schemas: [ltvSchema], providers: [TypeormBaseSummaryReader] });
    reader = db.get(TypeormBaseSummaryReader);
    await db.dataSource
      .getRepository(LtvCustomerOrmEntity)
      .insert(
        ['alice', 'bob', 'whale'].map((id) => ltvCustomer(id)).concat(ltvCustomer('carol', 'USD')),
      );
    await db.dataSource.getRepository(LtvTransactionOrmEntity).insert([
      purchase('alice', '2026-11-01T08:00:00Z', 2_000),
      purchase('alice', '2026-11-01T21:00:00Z', 500),
      purchase('alice', '2026-11-10', 3_000),
      purchase('alice', '2026-11-15', 7_777, { status: 'excluded' }),
      // At the very instant asked: counted. A millisecond later, the same day: not yet.
      purchase('alice', '2026-11-26T09:00:00.000Z', 1_000),
      purchase('alice', '2026-11-26T09:00:00.001Z', 99_999),
      purchase('bob', '2026-11-20', 4_000),
      // Beyond 2^32 minor units in all: sums stay exact.
      purchase('whale', '2026-11-02', 3_000_000_000),
      purchase('whale', '2026-11-03', 3_000_000_001),
      // Another currency's customer, and a purchase of nobody the ledger knows.
      purchase('carol', '2026-11-05', 5_000, { currency: 'USD' }),
      purchase('ghost', '2026-11-05', 5_000),
    ]);
  });
  afterAll(() => db.close());

  it('summarises each customer of the currency from their counted purchases up to the instant', async () => {
    expect(await reader.summarise(AS_OF, AS_OF_DAY, 'EUR')).toEqual([
      {
        customerId: 'alice',
        // Purchase days 11-01 (two orders), 11-10 and 11-26.
        repeatPurchases: 2,
        recencyDays: 25,
        ageDays: 25,
        orders: 4,
        revenueMinor: 6_500,
        // Everything after the first day's 2,500.
        repeatValueMinor: 4_000,
        firstDay: day('2026-11-01'),
      },
      {
        customerId: 'bob',
        repeatPurchases: 0,
        recencyDays: 0,
        ageDays: 6,
        orders: 1,
        revenueMinor: 4_000,
        repeatValueMinor: 0,
        firstDay: day('2026-11-20'),
      },
      {
        customerId: 'whale',
        repeatPurchases: 1,
        recencyDays: 1,
        ageDays: 24,
        orders: 2,
        revenueMinor: 6_000_000_001,
        repeatValueMinor: 3_000_000_001,
        firstDay: day('2026-11-02'),
      },
    ]);
  });

  it("summarises another currency's customers apart, and nobody before their first purchase", async () => {
    expect(await reader.summarise(AS_OF, AS_OF_DAY, 'USD')).toEqual([
      expect.objectContaining({ customerId: 'carol', orders: 1, revenueMinor: 5_000, ageDays: 21 }),
    ]);
    const early = new Date('2026-11-01T20:59:59.999Z');
    expect(await reader.summarise(early, day('2026-11-01'), 'EUR')).toEqual([
      {
        customerId: 'alice',
        repeatPurchases: 0,
        recencyDays: 0,
        ageDays: 0,
        orders: 1,
        revenueMinor: 2_000,
        repeatValueMinor: 0,
        firstDay: day('2026-11-01'),
      },
    ]);
  });
});
