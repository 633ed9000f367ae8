import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type DbSpec, startDbSpec } from '../../../../../test/support/db-spec.js';
import { clickRecord, trafficBatchStoreProvider } from '../../../../../test/support/tracking-db.js';
import { trackingSchema } from '../../tracking-schema.js';
import { ClickOrmEntity } from '../click.orm-entity.js';
import { HourlyStatOrmEntity } from '../hourly-stat.orm-entity.js';
import { SpendCache } from '../spend-cache.js';
import { TrafficBatchStore } from './traffic-batch-store.js';
import { TrafficBatchWriter } from './traffic-batch-writer.js';

const at = (time: string) => new Date(`2026-11-26T${time}Z`);

describe('the click batch writer (group commit)', () => {
  let db: DbSpec;
  let writer: TrafficBatchWriter;
  let store: TrafficBatchStore;
  let spend: SpendCache;

  beforeAll(async () => {
    db = await startDbSpec({
      schemas: [trackingSchema],
      providers: [trafficBatchStoreProvider(), SpendCache, TrafficBatchWriter],
    });
    writer = db.get(TrafficBatchWriter);
    store = db.get(TrafficBatchStore);
    spend = db.get(SpendCache);
  });
  afterAll(() => db.close());
  beforeEach(async () => {
    vi.restoreAllMocks();
    await db.clear('clicks', 'click_fingerprints', 'hourly_stats', 'hourly_dimension_stats');
    await spend.refresh();
  });

  const hourly = () =>
    db.dataSource.getRepository(HourlyStatOrmEntity).findOneByOrFail({
      hour: at('10:00:00'),
      campaignId: 'campaign-k',
      affiliateId: 'affiliate-f',
    });
  const storedIds = async () =>
    (await db.dataSource.getRepository(ClickOrmEntity).find()).map((click) => click.id).sort();

  it('commits the clicks that queue behind a commit together, each caller told its own outcome', async () => {
    const batches = vi.spyOn(store, 'store');
    const records = [
      clickRecord('10.0.0.1', at('10:00:01')),
      clickRecord('10.0.0.1', at('10:00:02')),
      clickRecord('10.0.0.2', at('10:00:03')),
      clickRecord('10.0.0.3', at('10:00:04'), { isBot: true, destinationKind: 'safe_page' }),
      clickRecord('10.0.0.2', at('10:00:05')),
    ];

    const outcomes = await Promise.all(records.map((record) => writer.write(record)));

    expect(outcomes.map((outcome) => outcome.unique)).toEqual([true, false, true, false, false]);
    // The first click commits alone; the four that arrived meanwhile share the next commit.
    expect(batches.mock.calls.map(([batch]) => batch.length)).toEqual([1, 4]);
    expect(await storedIds()).toEqual(records.map((record) => record.id).sort());
    expect(await hourly()).toMatchObject({
      clicks: 5,
      uniqueClicks: 2,
      botClicks: 1,
      payoutMinor: 50,
    });
    expect(spend.of('campaign-k')).toEqual({ totalMinor: 50, todayMinor: 50 });
  });

  it('stores the rest of a batch the database refuses, and fails only the refused click', async () => {
    const earlier = clickRecord('10.0.0.1', at('10:00:00'));
    await store.store([earlier]);
    const first = clickRecord('10.0.0.2', at('10:00:01'));
    // The same key as a stored click: the database refuses it (and with it, its whole batch).
    const clash = { ...clickRecord('10.0.0.3', at('10:00:00')), id: earlier.id };
    const fresh = clickRecord('10.0.0.4', at('10:00:02'));
    const repeat = clickRecord('10.0.0.4', at('10:00:03'));

    const results = await Promise.allSettled(
      [first, clash, fresh, repeat].map((record) => writer.write(record)),
    );

    expect(results.map((result) => result.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    // The refused batch left nothing behind: the fresh visitor's claim was rolled back with
    // it, so retried alone, their click is still their first.
    expect(
      results.map((result) => (result.status === 'fulfilled' ? result.value.unique : null)),
    ).toEqual([true, null, true, false]);
    expect(await storedIds()).toEqual([earlier.id, first.id, fresh.id, repeat.id].sort());
    expect(await hourly()).toMatchObject({ clicks: 4, uniqueClicks: 3, payoutMinor: 75 });
    // Only what this writer committed moved the spend cache (the first click was stored directly).
    expect(spend.of('campaign-k').totalMinor).toBe(50);
  });
});
