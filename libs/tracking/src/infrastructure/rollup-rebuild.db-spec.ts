import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type DbSpec, startDbSpec } from '../../../../test/support/db-spec.js';
import { testDialect } from '../../../../test/support/test-database.js';
import {
  clickRecord,
  dimensionRows,
  hourlyRows,
  NO_COUNTS,
} from '../../../../test/support/tracking-db.js';
import { trackingSchema } from '../tracking-schema.js';
import type { ClickRecord } from './click-storage/traffic-record.js';
import { ClickOrmEntity } from './click.orm-entity.js';
import { ConversionOrmEntity } from './conversion.orm-entity.js';
import { HourlyStatOrmEntity } from './hourly-stat.orm-entity.js';
import { rebuildRollups } from './rollup-rebuild.js';

const at = (time: string) => new Date(`2026-11-26T${time}Z`);

/** The click row as stored, from a record as the click path makes it. */
function clickRow(
  visitor: string,
  time: string,
  isUnique: boolean,
  overrides: Partial<ClickRecord> = {},
): ClickOrmEntity {
  const {
    kind: _kind,
    payout: _payout,
    countedAffiliateId: _counted,
    visitorNetwork: _network,
    ...click
  } = clickRecord(visitor, at(time), overrides);
  return { ...click, isUnique };
}

function conversionRow(
  click: ClickOrmEntity,
  transactionId: string,
  updated: string,
  overrides: Partial<ConversionOrmEntity> = {},
): ConversionOrmEntity {
  return {
    id: `conversion-${transactionId}`,
    clickId: click.id,
    clickedAt: click.clickedAt,
    campaignId: click.campaignId,
    affiliateId: click.affiliateId,
    transactionId,
    status: 'approved',
    statusReason: null,
    revenueMinor: 10_000,
    payoutMinor: 1_500,
    reportedPayoutMinor: null,
    currency: 'EUR',
    customerId: null,
    convertedAt: at(updated),
    updatedAt: at(updated),
    ...overrides,
  };
}

/** PostgreSQL only, as the rebuild is: it serves backfills and bench:analytics there. */
describe.runIf(testDialect() === 'postgres')('the hourly rollup rebuild', () => {
  let db: DbSpec;

  beforeAll(async () => {
    db = await startDbSpec({ schemas: [trackingSchema] });
  });
  afterAll(() => db.close());

  beforeEach(async () => {
    await db.clear('clicks', 'conversions', 'hourly_stats', 'hourly_dimension_stats');
    const landed = clickRow('10.0.0.1', '10:05:00', true, { sub1: 'a' });
    const repeat = clickRow('10.0.0.1', '10:10:00', false);
    const bot = clickRow('10.0.0.2', '10:50:00', false, {
      isBot: true,
      destinationKind: 'safe_page',
      country: null,
    });
    // An affiliate id that names nobody is counted without an affiliate, as the click path does.
    const stray = clickRow('10.0.0.3', '11:15:00', true, {
      affiliateId: 'nobody',
      reasons: ['affiliate_unknown'],
    });
    const blocked = clickRow('10.0.0.4', '11:20:00', false, {
      affiliateId: null,
      isBlocked: true,
      destinationKind: 'safe_page',
    });
    await db.dataSource.getRepository(ClickOrmEntity).insert([
      landed,
      repeat,
      bot,
      stray,
      blocked,
      // Just outside [10:00, 12:00): not rebuilt.
      clickRow('10.0.0.5', '09:59:59.999', true),
      clickRow('10.0.0.6', '12:00:00', true),
    ]);
    await db.dataSource.getRepository(ConversionOrmEntity).insert([
      conversionRow(landed, 'TX-1', '11:30:00'),
      conversionRow(landed, 'TX-2', '11:40:00', { status: 'rejected' }),
      conversionRow(bot, 'TX-3', '10:55:00', {
        status: 'rejected',
        statusReason: 'fraudulent_click',
      }),
      conversionRow(repeat, 'TX-4', '12:10:00'),
      conversionRow(stray, 'TX-5', '11:45:00', {
        affiliateId: null,
        revenueMinor: null,
        payoutMinor: 700,
      }),
    ]);
    const key = (hour: string, affiliateId: string) => ({
      ...NO_COUNTS,
      hour: at(hour),
      campaignId: 'campaign-k',
      affiliateId,
    });
    await db.dataSource.getRepository(HourlyStatOrmEntity).insert([
      { ...key('09:00:00', 'affiliate-f'), clicks: 5 },
      // Stale counters and impressions, which have no raw rows to rebuild them from.
      { ...key('10:00:00', 'affiliate-f'), impressions: 7, clicks: 99, payoutMinor: 999 },
      { ...key('11:00:00', 'ghost'), clicks: 3, conversions: 2 },
      { ...key('12:00:00', 'affiliate-f'), clicks: 4 },
    ]);
  });

  const rebuild = async (from: Date, to: Date) => {
    const runner = db.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await rebuildRollups(runner, from, to);
    } finally {
      await runner.release();
    }
  };
  const row = (hour: string, affiliateId: string, counts: Partial<typeof NO_COUNTS> = {}) => ({
    hour: at(hour),
    campaignId: 'campaign-k',
    affiliateId,
    ...NO_COUNTS,
    ...counts,
  });
  /** What [10:00, 12:00) holds when rebuilt from the rows above, computed by hand. */
  const REBUILT = [
    row('09:00:00', 'affiliate-f', { clicks: 5 }),
    row('10:00:00', 'affiliate-f', {
      impressions: 7,
      clicks: 3,
      offerClicks: 2,
      uniqueClicks: 1,
      botClicks: 1,
      fraudulentConversions: 1,
      convertedClicks: 1,
    }),
    row('11:00:00', '', {
      clicks: 2,
      offerClicks: 1,
      uniqueClicks: 1,
      blockedClicks: 1,
      conversions: 1,
      payoutMinor: 700,
      convertedClicks: 1,
    }),
    row('11:00:00', 'affiliate-f', { conversions: 1, revenueMinor: 10_000, payoutMinor: 1_500 }),
    row('11:00:00', 'ghost'),
    row('12:00:00', 'affiliate-f', { clicks: 4 }),
  ];

  it('recounts the hours of the range from the raw clicks and conversions', async () => {
    await rebuild(at('10:00:00'), at('12:00:00'));

    expect(await hourlyRows(db.dataSource)).toEqual(REBUILT);
    // Each click and conversion under its click's country ('' for none).
    expect(
      (await dimensionRows(db.dataSource, { dimension: 'country' })).map((stat) => [
        stat.hour.toISOString().slice(11, 16),
        stat.affiliateId,
        stat.value,
        stat.clicks,
        stat.uniqueClicks,
        stat.conversions,
        stat.fraudulentConversions,
        stat.convertedClicks,
      ]),
    ).toEqual([
      ['10:00', 'affiliate-f', '', 1, 0, 0, 1, 0],
      ['10:00', 'affiliate-f', 'DE', 2, 1, 0, 0, 1],
      ['11:00', '', 'DE', 2, 1, 1, 0, 1],
      ['11:00', 'affiliate-f', 'DE', 0, 0, 1, 0, 0],
    ]);
  });

  it('gives the same counters when rebuilt twice', async () => {
    await rebuild(at('10:00:00'), at('12:00:00'));
    const once = await dimensionRows(db.dataSource);
    await rebuild(at('10:00:00'), at('12:00:00'));

    expect(await hourlyRows(db.dataSource)).toEqual(REBUILT);
    expect(await dimensionRows(db.dataSource)).toEqual(once);
  });

  it('rebuilds the whole hours a range starts and ends in', async () => {
    // Rebuilt from 10:30 alone, the 10:00 row would lose the clicks of 10:05 and 10:10.
    await rebuild(at('10:30:00'), at('11:30:00'));

    expect(await hourlyRows(db.dataSource)).toEqual(REBUILT);
  });
});
