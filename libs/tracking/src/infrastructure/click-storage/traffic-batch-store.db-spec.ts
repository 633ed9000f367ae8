import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type DbSpec, startDbSpec } from '../../../../../test/support/db-spec.js';
import {
  clickRecord,
  dimensionRows,
  hourlyRows,
  impressionRecord,
  NO_COUNTS,
  trafficBatchStoreProvider,
} from '../../../../../test/support/tracking-db.js';
import { trackingSchema } from '../../tracking-schema.js';
import { ClickFingerprintOrmEntity } from '../click-fingerprint.orm-entity.js';
import { ClickOrmEntity } from '../click.orm-entity.js';
import { TrafficBatchStore } from './traffic-batch-store.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (time: string) => new Date(`2026-11-26T${time}Z`);

describe('the click batch store', () => {
  let db: DbSpec;
  let store: TrafficBatchStore;

  beforeAll(async () => {
    db = await startDbSpec({
      schemas: [trackingSchema],
      providers: [trafficBatchStoreProvider()],
    });
    store = db.get(TrafficBatchStore);
  });
  afterAll(() => db.close());
  beforeEach(() =>
    db.clear('clicks', 'click_fingerprints', 'hourly_stats', 'hourly_dimension_stats'),
  );

  const hourly = () => hourlyRows(db.dataSource);
  const dimensional = (dimension?: string) =>
    dimensionRows(db.dataSource, dimension ? { dimension } : {});
  const uniqueById = async () => {
    const clicks = await db.dataSource.getRepository(ClickOrmEntity).find();
    return Object.fromEntries(clicks.map((click) => [click.id, click.isUnique]));
  };

  it('stores the clicks and their hourly and dimensional counters in one batch', async () => {
    const first = clickRecord('10.0.0.1', at('10:15:00'), { sub1: 'spring' });
    const again = clickRecord('10.0.0.1', at('10:20:00'));
    const bot = clickRecord('10.0.0.2', at('10:40:00'), {
      isBot: true,
      destinationKind: 'safe_page',
      country: null,
      reasons: ['bot_user_agent'],
    });
    const blocked = clickRecord('10.0.0.3', at('11:05:00'), {
      isBlocked: true,
      destinationKind: 'safe_page',
      reasons: ['blocklisted_ip'],
    });
    // An affiliate id that names nobody: kept on the click, counted without an affiliate.
    const stray = clickRecord('10.0.0.4', at('11:10:00'), {
      affiliateId: 'nobody',
      countedAffiliateId: null,
      deviceType: null,
    });
    const batch = [first, again, bot, impressionRecord(at('10:30:00')), blocked, stray];

    const stored = await store.store(batch);

    expect(stored.outcomes.map((outcome) => outcome.unique)).toEqual([
      true,
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(stored.deltas.reduce((sum, delta) => sum + (delta.payoutMinor ?? 0), 0)).toBe(50);
    expect(await uniqueById()).toEqual({
      [first.id]: true,
      [again.id]: false,
      [bot.id]: false,
      [blocked.id]: false,
      [stray.id]: true,
    });
    const storedBot = await db.dataSource
      .getRepository(ClickOrmEntity)
      .findOneByOrFail({ id: bot.id });
    expect(storedBot).toMatchObject({
      clickedAt: bot.clickedAt,
      affiliateId: 'affiliate-f',
      country: null,
      isBot: true,
      reasons: ['bot_user_agent'],
      destinationKind: 'safe_page',
    });
    expect(
      (await db.dataSource.getRepository(ClickOrmEntity).findOneByOrFail({ id: stray.id }))
        .affiliateId,
    ).toBe('nobody');

    const key = (hour: string, affiliateId: string) => ({
      hour: at(hour),
      campaignId: 'campaign-k',
      affiliateId,
    });
    expect(await hourly()).toEqual([
      {
        ...key('10:00:00', 'affiliate-f'),
        ...NO_COUNTS,
        impressions: 1,
        clicks: 3,
        offerClicks: 2,
        uniqueClicks: 1,
        botClicks: 1,
        payoutMinor: 25,
      },
      {
        ...key('11:00:00', ''),
        ...NO_COUNTS,
        clicks: 1,
        offerClicks: 1,
        uniqueClicks: 1,
        payoutMinor: 25,
      },
      { ...key('11:00:00', 'affiliate-f'), ...NO_COUNTS, clicks: 1, blockedClicks: 1 },
    ]);

    // Every click and impression counts once under each dimension; no value is stored as ''.
    const dimensions = await dimensional();
    expect(dimensions).toHaveLength(11);
    for (const dimension of ['country', 'device', 'sub1']) {
      const rows = dimensions.filter((row) => row.dimension === dimension);
      expect(rows.reduce((sum, row) => sum + row.clicks, 0)).toBe(5);
      expect(rows.reduce((sum, row) => sum + row.impressions, 0)).toBe(1);
    }
    const tenOClock = (dimension: string, value: string) => ({
      dimension,
      value,
      ...key('10:00:00', 'affiliate-f'),
    });
    expect(await dimensional('sub1')).toEqual([
      {
        ...tenOClock('sub1', ''),
        ...NO_COUNTS,
        impressions: 1,
        clicks: 2,
        offerClicks: 1,
        botClicks: 1,
      },
      {
        ...tenOClock('sub1', 'spring'),
        ...NO_COUNTS,
        clicks: 1,
        offerClicks: 1,
        uniqueClicks: 1,
        payoutMinor: 25,
      },
      {
        dimension: 'sub1',
        value: '',
        ...key('11:00:00', ''),
        ...NO_COUNTS,
        clicks: 1,
        offerClicks: 1,
        uniqueClicks: 1,
        payoutMinor: 25,
      },
      {
        dimension: 'sub1',
        value: '',
        ...key('11:00:00', 'affiliate-f'),
        ...NO_COUNTS,
        clicks: 1,
        blockedClicks: 1,
      },
    ]);
    expect(
      (await dimensional('country')).filter(
        (row) => row.hour.getTime() === at('10:00:00').getTime(),
      ),
    ).toEqual([
      { ...tenOClock('country', ''), ...NO_COUNTS, clicks: 1, botClicks: 1 },
      {
        ...tenOClock('country', 'DE'),
        ...NO_COUNTS,
        impressions: 1,
        clicks: 2,
        offerClicks: 2,
        uniqueClicks: 1,
        payoutMinor: 25,
      },
    ]);
    expect(
      (await db.dataSource.getRepository(ClickFingerprintOrmEntity).find())
        .map((row) => row.lastSeen)
        .sort((a, b) => a.getTime() - b.getTime()),
    ).toEqual([first.clickedAt, stray.clickedAt]);
  });

  it("counts a visitor's click as unique again 24 hours after their last unique one, not sooner", async () => {
    const start = at('10:00:00');
    const later = (ms: number) => new Date(start.getTime() + ms);
    const unique = async (time: Date, affiliateId = 'affiliate-f') => {
      const record = clickRecord('10.0.0.9', time, {
        affiliateId,
        countedAffiliateId: affiliateId,
      });
      return (await store.store([record])).outcomes[0].unique;
    };

    expect(await unique(start)).toBe(true);
    // Another affiliate's link is another first click, the same visitor or not.
    expect(await unique(later(HOUR), 'affiliate-g')).toBe(true);
    expect(await unique(later(DAY - 1))).toBe(false);
    // The duplicate did not move the window: it still ends 24 hours after the unique click.
    expect(await unique(later(DAY))).toBe(true);
    expect(await unique(later(DAY + 1))).toBe(false);

    const rows = await hourly();
    expect(
      rows.map((row) => [row.hour.toISOString(), row.affiliateId, row.clicks, row.uniqueClicks]),
    ).toEqual([
      ['2026-11-26T10:00:00.000Z', 'affiliate-f', 1, 1],
      ['2026-11-26T11:00:00.000Z', 'affiliate-g', 1, 1],
      ['2026-11-27T09:00:00.000Z', 'affiliate-f', 1, 0],
      ['2026-11-27T10:00:00.000Z', 'affiliate-f', 2, 1],
    ]);
  });

  it('stores a batch of a thousand clicks, the most the writer sends at once', async () => {
    // 500 visitors, each twice in the batch, ten seconds apart: 10:00 to 12:46:30.
    const records = Array.from({ length: 1_000 }, (_, i) =>
      clickRecord(
        `10.1.${Math.floor((i % 500) / 250)}.${i % 250}`,
        new Date(at('10:00:00').getTime() + i * 10_000),
        {
          sub1: `s${i}`,
        },
      ),
    );

    const stored = await store.store(records);

    expect(stored.outcomes.filter((outcome) => outcome.unique)).toHaveLength(500);
    expect(stored.outcomes.slice(0, 500).every((outcome) => outcome.unique)).toBe(true);
    const clicks = await db.dataSource.getRepository(ClickOrmEntity).count();
    expect(clicks).toBe(1_000);
    expect(
      (await hourly()).map((row) => [
        row.hour.toISOString(),
        row.clicks,
        row.uniqueClicks,
        row.payoutMinor,
      ]),
    ).toEqual([
      ['2026-11-26T10:00:00.000Z', 360, 360, 9_000],
      ['2026-11-26T11:00:00.000Z', 360, 140, 3_500],
      ['2026-11-26T12:00:00.000Z', 280, 0, 0],
    ]);
    const bySub1 = await dimensional('sub1');
    expect(bySub1).toHaveLength(1_000);
    expect(bySub1.reduce((sum, row) => sum + row.uniqueClicks, 0)).toBe(500);
  });

  it('counts a batch of impressions alone, under their own dimensions', async () => {
    const stored = await store.store([
      impressionRecord(at('10:01:00')),
      impressionRecord(at('10:59:59'), {
        affiliateId: null,
        dimensions: { country: null, device: 'mobile', sub1: 'banner' },
      }),
      impressionRecord(at('10:30:00'), {
        dimensions: { country: 'FR', device: null, sub1: 'banner' },
      }),
    ]);

    expect(stored.outcomes).toEqual([{ unique: false }, { unique: false }, { unique: false }]);
    expect(await db.dataSource.getRepository(ClickOrmEntity).count()).toBe(0);
    expect((await hourly()).map((row) => [row.affiliateId, row.impressions, row.clicks])).toEqual([
      ['', 1, 0],
      ['affiliate-f', 2, 0],
    ]);
    expect(
      (await dimensional()).map((row) => [
        row.dimension,
        row.affiliateId,
        row.value,
        row.impressions,
      ]),
    ).toEqual([
      ['country', '', '', 1],
      ['country', 'affiliate-f', 'DE', 1],
      ['country', 'affiliate-f', 'FR', 1],
      ['device', '', 'mobile', 1],
      ['device', 'affiliate-f', '', 1],
      ['device', 'affiliate-f', 'desktop', 1],
      ['sub1', '', 'banner', 1],
      ['sub1', 'affiliate-f', '', 1],
      ['sub1', 'affiliate-f', 'banner', 1],
    ]);
  });
});
