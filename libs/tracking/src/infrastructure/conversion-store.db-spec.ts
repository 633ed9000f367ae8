import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type DbSpec, startDbSpec } from '../../../../test/support/db-spec.js';
import { dimensionRows, hourlyRows } from '../../../../test/support/tracking-db.js';
import { newClickId } from '../domain/click-id.js';
import { trackingSchema } from '../tracking-schema.js';
import { ConversionOrmEntity } from './conversion.orm-entity.js';
import { ConversionStore, type NewConversion } from './conversion-store.js';
import type { ConvertedClick } from './converted-click-move.js';

const at = (time: string) => new Date(`2026-11-26T${time}Z`);
const CLICKED_AT = at('10:05:00');
const CLICK_ID = newClickId(CLICKED_AT);
/** A unique click from a phone in Germany, with no sub1. */
const UNIQUE_CLICK: ConvertedClick = {
  isUnique: true,
  dimensions: { country: 'DE', device: 'mobile', sub1: null },
};

/** An approved sale of 100.00 paying 15.00, reported at 12:30 for the click of 10:05. */
function conversion(overrides: Partial<NewConversion> = {}): NewConversion {
  return {
    clickId: CLICK_ID,
    clickedAt: CLICKED_AT,
    campaignId: 'campaign-k',
    affiliateId: 'affiliate-f',
    transactionId: 'TX-1',
    status: 'approved',
    statusReason: null,
    revenueMinor: 10_000,
    payoutMinor: 1_500,
    reportedPayoutMinor: null,
    currency: 'EUR',
    customerId: 'customer-1',
    convertedAt: at('12:30:00'),
    ...overrides,
  };
}

describe('the conversion store', () => {
  let db: DbSpec;
  let store: ConversionStore;

  beforeAll(async () => {
    db = await startDbSpec({ schemas: [trackingSchema], providers: [ConversionStore] });
    store = db.get(ConversionStore);
  });
  afterAll(() => db.close());
  beforeEach(() =>
    db.clear('conversions', 'hourly_stats', 'hourly_dimension_stats', 'outbox_events'),
  );

  const stored = () =>
    db.dataSource.getRepository(ConversionOrmEntity).find({ order: { transactionId: 'ASC' } });
  /** Each hour's counters that moved, as [hour, affiliate, counters]. */
  const hourly = async () =>
    (await hourlyRows(db.dataSource)).map(({ hour, campaignId: _, affiliateId, ...counts }) => [
      hour.toISOString().slice(11, 16),
      affiliateId,
      Object.fromEntries(Object.entries(counts).filter(([, value]) => value !== 0)),
    ]);
  const eventTypes = async () => (await db.outbox()).map((event) => event.eventType);

  it('records a conversion once, and a repeat of its postback changes nothing', async () => {
    const first = await store.store(conversion(), UNIQUE_CLICK, at('12:30:00'));
    const repeat = await store.store(conversion(), UNIQUE_CLICK, at('12:45:00'));

    expect(first.result).toBe('recorded');
    expect(repeat).toMatchObject({ result: 'duplicate', delta: null });
    expect(repeat.conversion.id).toBe(first.conversion.id);
    expect(await stored()).toEqual([
      { ...conversion(), id: first.conversion.id, updatedAt: at('12:30:00') },
    ]);
    // The sale in the hour it was reported; the converted click in the click's own hour.
    expect(await hourly()).toEqual([
      ['10:00', 'affiliate-f', { convertedClicks: 1 }],
      ['12:00', 'affiliate-f', { conversions: 1, revenueMinor: 10_000, payoutMinor: 1_500 }],
    ]);
    expect(
      (await dimensionRows(db.dataSource, { hour: at('12:00:00') })).map((row) => [
        row.dimension,
        row.value,
        row.conversions,
        row.revenueMinor,
      ]),
    ).toEqual([
      ['country', 'DE', 1, 10_000],
      ['device', 'mobile', 1, 10_000],
      ['sub1', '', 1, 10_000],
    ]);
    expect(await db.outbox()).toEqual([
      {
        eventType: 'tracking.conversion-recorded',
        payload: {
          conversionId: first.conversion.id,
          clickId: CLICK_ID,
          campaignId: 'campaign-k',
          affiliateId: 'affiliate-f',
          transactionId: 'TX-1',
          status: 'approved',
          revenueMinor: 10_000,
          payoutMinor: 1_500,
          currency: 'EUR',
          customerId: 'customer-1',
          convertedAt: '2026-11-26T12:30:00.000Z',
        },
      },
    ]);
  });

  it('tells the conversions of one click apart by transaction id, the click converted once', async () => {
    const results = [];
    for (const transactionId of ['TX-1', 'TX-2', '', ''])
      results.push(
        (await store.store(conversion({ transactionId }), UNIQUE_CLICK, at('12:30:00'))).result,
      );

    expect(results).toEqual(['recorded', 'recorded', 'recorded', 'duplicate']);
    expect((await stored()).map((row) => row.transactionId)).toEqual(['', 'TX-1', 'TX-2']);
    expect(await hourly()).toEqual([
      ['10:00', 'affiliate-f', { convertedClicks: 1 }],
      ['12:00', 'affiliate-f', { conversions: 3, revenueMinor: 30_000, payoutMinor: 4_500 }],
    ]);
    // A postback without a transaction id is published without one.
    expect(
      (await db.outbox()).map(
        (event) => (event.payload as { transactionId: unknown }).transactionId,
      ),
    ).toEqual(['TX-1', 'TX-2', null]);
  });

  it('moves the counters in the hour of each status change, and back on a rejection', async () => {
    const pending = await store.store(
      conversion({ status: 'pending' }),
      UNIQUE_CLICK,
      at('12:30:00'),
    );
    const approved = await store.store(conversion(), UNIQUE_CLICK, at('13:10:00'));
    const repeat = await store.store(conversion(), UNIQUE_CLICK, at('13:20:00'));
    const rejected = await store.store(
      conversion({ status: 'rejected', statusReason: 'outside_lookback_window' }),
      UNIQUE_CLICK,
      at('14:20:00'),
    );

    expect([pending, approved, repeat, rejected].map((outcome) => outcome.result)).toEqual([
      'recorded',
      'updated',
      'duplicate',
      'updated',
    ]);
    expect(await stored()).toEqual([
      {
        ...conversion({ status: 'rejected', statusReason: 'outside_lookback_window' }),
        id: pending.conversion.id,
        updatedAt: at('14:20:00'),
      },
    ]);
    expect(await hourly()).toEqual([
      // Counted when approved, uncounted when rejected: no converted click is left.
      ['10:00', 'affiliate-f', {}],
      // Pending counts nowhere.
      ['12:00', 'affiliate-f', {}],
      ['13:00', 'affiliate-f', { conversions: 1, revenueMinor: 10_000, payoutMinor: 1_500 }],
      ['14:00', 'affiliate-f', { conversions: -1, revenueMinor: -10_000, payoutMinor: -1_500 }],
    ]);
    expect(await db.outbox()).toEqual([
      expect.objectContaining({ eventType: 'tracking.conversion-recorded' }),
      {
        eventType: 'tracking.conversion-status-changed',
        payload: {
          conversionId: pending.conversion.id,
          campaignId: 'campaign-k',
          from: 'pending',
          to: 'approved',
        },
      },
      {
        eventType: 'tracking.conversion-status-changed',
        payload: {
          conversionId: pending.conversion.id,
          campaignId: 'campaign-k',
          from: 'approved',
          to: 'rejected',
        },
      },
    ]);
  });

  it('keeps the click converted while another of its conversions is still approved', async () => {
    for (const transactionId of ['TX-1', 'TX-2'])
      await store.store(conversion({ transactionId }), UNIQUE_CLICK, at('12:30:00'));
    const converted = async () =>
      (await hourlyRows(db.dataSource, { hour: at('10:00:00') }))[0].convertedClicks;

    await store.store(conversion({ status: 'rejected' }), UNIQUE_CLICK, at('13:00:00'));
    expect(await converted()).toBe(1);
    await store.store(
      conversion({ transactionId: 'TX-2', status: 'rejected' }),
      UNIQUE_CLICK,
      at('13:00:00'),
    );
    expect(await converted()).toBe(0);
  });

  it('counts a safe-page click’s conversion as fraud, with no revenue and no affiliate', async () => {
    const safePageClick: ConvertedClick = {
      isUnique: false,
      dimensions: { country: null, device: null, sub1: null },
    };
    const fraud = conversion({
      affiliateId: null,
      status: 'rejected',
      statusReason: 'fraudulent_click',
      revenueMinor: null,
    });

    await store.store(fraud, safePageClick, at('12:30:00'));
    // Approved on review: no longer fraud, and now a sale (of no stated revenue).
    await store.store(
      { ...fraud, status: 'approved', statusReason: null },
      safePageClick,
      at('13:30:00'),
    );

    expect(await hourly()).toEqual([
      ['12:00', '', { fraudulentConversions: 1 }],
      ['13:00', '', { fraudulentConversions: -1, conversions: 1, payoutMinor: 1_500 }],
    ]);
    expect(await eventTypes()).toEqual([
      'tracking.conversion-recorded',
      'tracking.conversion-status-changed',
    ]);
  });

  it('settles postbacks that race each other: one row per transaction, the click converted once', async () => {
    const outcomes = await Promise.all([
      store.store(conversion(), UNIQUE_CLICK, at('12:30:00')),
      store.store(conversion(), UNIQUE_CLICK, at('12:30:00')),
      store.store(conversion({ transactionId: 'TX-2' }), UNIQUE_CLICK, at('12:30:00')),
      store.store(conversion({ transactionId: 'TX-3' }), UNIQUE_CLICK, at('12:30:00')),
    ]);

    expect(outcomes.map((outcome) => outcome.result).sort()).toEqual([
      'duplicate',
      'recorded',
      'recorded',
      'recorded',
    ]);
    expect((await stored()).map((row) => row.transactionId)).toEqual(['TX-1', 'TX-2', 'TX-3']);
    expect(await hourly()).toEqual([
      ['10:00', 'affiliate-f', { convertedClicks: 1 }],
      ['12:00', 'affiliate-f', { conversions: 3, revenueMinor: 30_000, payoutMinor: 4_500 }],
    ]);
    expect(await eventTypes()).toHaveLength(3);
  });
});
