import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildRollups } from '../../libs/tracking/src/infrastructure/rollup-rebuild.js';
import {
  overviewApi,
  PERIOD,
  seedOverviewTraffic,
  TRAFFIC_START,
} from '../support/analytics-overview.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { testDialect } from '../support/test-database.js';
import { BROWSER_UA, IPHONE_UA, trackingApi } from '../support/tracking-api.js';
import type { StoredClick } from '../support/tracking-rows.js';
import {
  allClicks,
  approvedConversions,
  type ExpectedRow,
  expectedRows,
  expectedTotals,
  type StoredConversion,
} from './raw-expectations.js';

const GROUPINGS = ['day', 'hour', 'campaign', 'affiliate', 'country', 'device', 'sub1'] as const;
const toMinor = (amount: number, currency: string) =>
  Math.round(amount * (currency === 'JPY' ? 1 : 100));

/**
 * GET /v1/analytics: the rollups' answer, row by row, checked against the raw rows they
 * summarise, and rebuilt from them. The ratios, the lead funnel and the period rules are
 * overview.e2e-spec.ts.
 */
describe(`GET /v1/analytics (${testDialect()})`, () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);
  const { ok } = overviewApi(() => t);
  let campaigns: string[];
  let affiliates: string[];
  let clicks: StoredClick[];
  let conversions: StoredConversion[];
  let impressions: number;

  beforeAll(async () => {
    t = await startTestApp({ now: TRAFFIC_START });
    ({ campaigns, affiliates, impressions } = await seedOverviewTraffic(t));
    clicks = await allClicks(t, campaigns);
    conversions = await approvedConversions(t, clicks);
    expect(conversions.length).toBeGreaterThan(2);
  }, 60_000);
  afterAll(() => t.close());

  const countedAffiliate = (id: string | null) =>
    id !== null && affiliates.includes(id) ? id : null;

  function expectRow(actual: Record<string, unknown>, expected: ExpectedRow, label: string) {
    expect(
      {
        clicks: actual.clicks,
        offerClicks: actual.offerClicks,
        uniqueClicks: actual.uniqueClicks,
        botClicks: actual.botClicks,
        blockedClicks: actual.blockedClicks,
        conversions: actual.conversions,
      },
      label,
    ).toEqual({
      clicks: expected.clicks,
      offerClicks: expected.offerClicks,
      uniqueClicks: expected.uniqueClicks,
      botClicks: expected.botClicks,
      blockedClicks: expected.blockedClicks,
      conversions: expected.conversions,
    });
    const money = actual.money as { currency: string; revenue: number; cost: number }[];
    const revenue = Object.fromEntries(
      money.map((entry) => [entry.currency, toMinor(entry.revenue, entry.currency)]),
    );
    const cost = Object.fromEntries(
      money.map((entry) => [entry.currency, toMinor(entry.cost, entry.currency)]),
    );
    const nonZero = (record: Record<string, number>) =>
      Object.fromEntries(Object.entries(record).filter(([, value]) => value !== 0));
    expect(nonZero(revenue), `${label} revenue`).toEqual(nonZero(expected.revenue));
    expect(nonZero(cost), `${label} cost`).toEqual(nonZero(expected.cost));
  }

  it.each(GROUPINGS)(
    'groups by %s exactly as the raw clicks and conversions add up',
    async (groupBy) => {
      const body = await ok(`${PERIOD}&group_by=${groupBy}`);
      const expected = expectedRows(groupBy, clicks, conversions, countedAffiliate);
      expect(body.groupBy).toBe(groupBy);
      expect(new Set(body.rows.map((row: { key: string | null }) => row.key))).toEqual(
        new Set(expected.keys()),
      );
      for (const row of body.rows) expectRow(row, expected.get(row.key)!, `${groupBy} ${row.key}`);
      const all = expectedRows('campaign', clicks, conversions, countedAffiliate);
      const total = expectedTotals(all.values());
      expectRow(body.totals, total, `${groupBy} totals`);
      expect(body.totals.impressions).toBe(impressions);
    },
  );

  it('filters by campaign and affiliate', async () => {
    const [usd] = campaigns;
    const body = await ok(`${PERIOD}&group_by=affiliate&campaign_id=${usd}`);
    const expected = expectedRows(
      'affiliate',
      clicks.filter((click) => click.campaignId === usd),
      conversions.filter((conversion) => conversion.campaignId === usd),
      countedAffiliate,
    );
    expect(body.rows).toHaveLength(expected.size);
    for (const row of body.rows) expectRow(row, expected.get(row.key)!, `affiliate ${row.key}`);
    const one = await ok(`${PERIOD}&group_by=campaign&affiliate_id=${affiliates[1]}`);
    expect(one.totals.clicks).toBe(
      clicks.filter((click) => click.affiliateId === affiliates[1]).length,
    );
    expect(one.affiliateId).toBe(affiliates[1]);
  });

  it.runIf(testDialect() === 'postgres')(
    'rebuilds from the raw rows exactly the rollups the click path and postbacks wrote',
    async () => {
      const snapshot = async () => ({
        hourly: await t.dataSource.query(
          'SELECT * FROM hourly_stats ORDER BY hour, campaign_id, affiliate_id',
        ),
        dimensional: await t.dataSource.query(
          `SELECT * FROM hourly_dimension_stats WHERE clicks <> 0 OR conversions <> 0
           ORDER BY dimension, hour, campaign_id, affiliate_id, value`,
        ),
      });
      const written = await snapshot();
      expect(written.dimensional.length).toBeGreaterThan(10);
      expect(written.hourly.some((row: { offer_clicks: string }) => row.offer_clicks !== '0')).toBe(
        true,
      );
      const runner = t.dataSource.createQueryRunner();
      await runner.connect();
      try {
        // As rows written before the offer_clicks migration hold them: the rebuild fills them.
        for (const table of ['hourly_stats', 'hourly_dimension_stats'])
          await runner.query(`UPDATE ${table} SET offer_clicks = 0`);
        await rebuildRollups(
          runner,
          new Date('2026-11-20T00:00:00Z'),
          new Date('2026-11-28T00:00:00Z'),
        );
      } finally {
        await runner.release();
      }
      expect(await snapshot()).toEqual(written);
    },
  );

  it("counts impressions under the viewer's country and device and the pixel's sub1", async () => {
    const campaign_id = await tracking.activeCampaign();
    const pixel = (ip: string, userAgent: string, sub1?: string) =>
      t.request({
        method: 'GET',
        url: `/v1/impression?${new URLSearchParams({ campaign_id, ...(sub1 ? { sub1 } : {}) })}`,
        remoteAddress: ip,
        headers: { 'x-api-key': '', 'user-agent': userAgent },
      });
    for (const [ip, userAgent, sub1] of [
      ['8.8.8.8', BROWSER_UA, 'banner'],
      ['8.8.8.8', BROWSER_UA, 'banner'],
      ['81.2.69.142', IPHONE_UA, 'native'],
      ['127.0.0.1', BROWSER_UA, undefined],
    ] as const) {
      expect((await pixel(ip, userAgent, sub1)).statusCode).toBe(200);
    }
    const impressionsBy = async (groupBy: string) =>
      Object.fromEntries(
        (await ok(`${PERIOD}&group_by=${groupBy}&campaign_id=${campaign_id}`)).rows.map(
          (row: { key: string | null; impressions: number }) => [String(row.key), row.impressions],
        ),
      );
    expect(await impressionsBy('country')).toEqual({ US: 2, GB: 1, null: 1 });
    expect(await impressionsBy('device')).toEqual({ desktop: 3, mobile: 1 });
    expect(await impressionsBy('sub1')).toEqual({ banner: 2, native: 1, null: 1 });
  });
});
