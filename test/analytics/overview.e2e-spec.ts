import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildRollups } from '../../libs/tracking/src/infrastructure/rollup-rebuild.js';
import { STRONG_CONTACT, leadsApi } from '../support/leads-api.js';
import { expectProblem } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { testDialect } from '../support/test-database.js';
import { BROWSER_UA, GOOGLEBOT_UA, IPHONE_UA, trackingApi } from '../support/tracking-api.js';
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
const PERIOD = 'from=2026-11-23T00:00:00Z&to=2026-11-26T12:00:00Z';
const toMinor = (amount: number, currency: string) =>
  Math.round(amount * (currency === 'JPY' ? 1 : 100));

/** GET /v1/analytics: the rollups' answer checked against the raw rows they summarise. */
describe(`GET /v1/analytics (${testDialect()})`, () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);
  const leads = leadsApi(() => t);
  let token: string;
  let campaigns: string[];
  let affiliates: string[];
  let clicks: StoredClick[];
  let conversions: StoredConversion[];
  let impressions: number;

  const analytics = (query: string) => t.request({ method: 'GET', url: `/v1/analytics?${query}` });
  const ok = async (query: string) => {
    const response = await analytics(query);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const postback = async (query: Record<string, string>) => {
    const response = await t.request({
      method: 'GET',
      url: `/v1/postback?${new URLSearchParams({ token, ...query })}`,
      headers: { 'x-api-key': '' },
    });
    expect(response.statusCode, response.body).toBe(200);
  };

  beforeAll(async () => {
    t = await startTestApp({ now: new Date('2026-11-24T10:15:00Z') });
    token = (await t.request({ method: 'GET', url: '/v1/tracking/postback-url' })).json().token;
    const usd = await tracking.activeCampaign();
    const eur = await tracking.activeCampaign({
      payout: { model: 'CPA', amount: 8, currency: 'EUR' },
      budget: null,
    });
    campaigns = [usd, eur];
    affiliates = [await tracking.activeAffiliate(), await tracking.activeAffiliate()];
    const visits: [string, string | undefined, string, { ip?: string; userAgent?: string }][] = [
      [usd, affiliates[0], 'fb', { ip: '8.8.8.8' }],
      [usd, affiliates[0], 'fb', { ip: '8.8.8.8' }], // the same visitor again: not unique
      [usd, affiliates[1], 'google', { userAgent: IPHONE_UA }],
      [usd, affiliates[1], 'google', { userAgent: GOOGLEBOT_UA }],
      [eur, affiliates[0], 'tiktok', { ip: '81.2.69.160', userAgent: IPHONE_UA }],
      [eur, 'no-such-affiliate', 'fb', {}], // unknown affiliate: blocked
      [eur, undefined, '', { ip: '1.1.1.1', userAgent: BROWSER_UA }],
    ];
    const converted: string[] = [];
    impressions = 0;
    for (const at of ['2026-11-24T10:15:00Z', '2026-11-24T23:59:00Z', '2026-11-25T07:30:00Z']) {
      t.clock.set(new Date(at));
      for (const [campaign_id, affiliate_id, sub1, options] of visits) {
        const response = await tracking.click(
          { campaign_id, affiliate_id, sub1: sub1 || undefined },
          options,
        );
        const clickId = String(response.headers['x-click-id']);
        if (response.headers.location?.includes('offers.example.com')) converted.push(clickId);
      }
      await tracking.impression({ campaign_id: usd, affiliate_id: affiliates[0] });
      await tracking.impression({ campaign_id: eur });
      impressions += 2;
    }
    // Conversions an hour after their clicks, some of them: USD and EUR, one later rejected.
    t.clock.set(new Date('2026-11-25T09:05:00Z'));
    for (const [index, clickId] of converted.entries()) {
      if (index % 2 === 1) continue;
      await postback({ click_id: clickId, txid: `T${index}`, revenue: `${20 + index}.50` });
    }
    await postback({ click_id: converted[0], txid: 'T0', status: 'rejected' });
    await postback({ click_id: converted[2], txid: 'LATE', revenue: '5' });
    clicks = await allClicks(t, campaigns);
    conversions = await approvedConversions(t, clicks);
    expect(conversions.length).toBeGreaterThan(2);
    await leads.accepted({ form_id: 'contact', ...STRONG_CONTACT, campaign_id: usd });
  }, 60_000);
  afterAll(() => t.close());

  const countedAffiliate = (id: string | null) =>
    id !== null && affiliates.includes(id) ? id : null;

  function expectRow(actual: Record<string, unknown>, expected: ExpectedRow, label: string) {
    expect(
      {
        clicks: actual.clicks,
        uniqueClicks: actual.uniqueClicks,
        botClicks: actual.botClicks,
        blockedClicks: actual.blockedClicks,
        conversions: actual.conversions,
      },
      label,
    ).toEqual({
      clicks: expected.clicks,
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

  it('computes the ratios with the campaign performance formulas, money per currency', async () => {
    const body = await ok(`${PERIOD}&group_by=campaign`);
    const { totals } = body;
    expect(totals.ctr).toBeCloseTo(totals.clicks / totals.impressions, 10);
    expect(totals.cr).toBeCloseTo(totals.conversions / totals.uniqueClicks, 10);
    expect(totals.money.map((entry: { currency: string }) => entry.currency)).toEqual([
      'EUR',
      'USD',
    ]);
    for (const entry of totals.money) {
      expect(entry.profit).toBeCloseTo(entry.revenue - entry.cost, 6);
      expect(entry.epc).toBeCloseTo(entry.revenue / entry.clicks, 10);
      expect(entry.roi).toBeCloseTo((entry.revenue - entry.cost) / entry.cost, 10);
    }
    const usdRow = body.rows.find((row: { key: string }) => row.key === campaigns[0]);
    const performance = (
      await t.request({ method: 'GET', url: `/v1/campaigns/${campaigns[0]}/performance?${PERIOD}` })
    ).json();
    expect(usdRow).toMatchObject({
      clicks: performance.clicks,
      impressions: performance.impressions,
      ctr: performance.ctr,
      cr: performance.cr,
      money: [
        {
          currency: 'USD',
          revenue: performance.revenue,
          cost: performance.cost,
          profit: performance.profit,
          epc: performance.epc,
          roi: performance.roi,
        },
      ],
    });
  });

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

  it('adds the lead funnel and the purchases of the period', async () => {
    await t.drainOutbox();
    const body = await ok(PERIOD);
    expect(body.leads).toMatchObject({ submissions: 1, leads: 1 });
    expect((await ok(`${PERIOD}&campaign_id=${campaigns[1]}`)).leads).toMatchObject({
      submissions: 0,
      leads: 0,
    });
    expect(body.ltv).toMatchObject({ from: '2026-11-23T00:00:00.000Z', model: null });
  });

  it('widens the period to whole hours and defaults to the 30 days up to now', async () => {
    const body = await ok('from=2026-11-24T10:15:00Z&to=2026-11-24T10:20:00Z');
    expect([body.from, body.to]).toEqual(['2026-11-24T10:00:00.000Z', '2026-11-24T11:00:00.000Z']);
    expect(body.totals.clicks).toBe(
      clicks.filter((click) => click.clickedAt.startsWith('2026-11-24T10')).length,
    );
    t.clock.set(new Date('2026-11-26T09:30:00Z'));
    const fallback = await ok('');
    expect([fallback.from, fallback.to, fallback.groupBy]).toEqual([
      '2026-10-27T10:00:00.000Z',
      '2026-11-26T10:00:00.000Z',
      'day',
    ]);
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
      const runner = t.dataSource.createQueryRunner();
      await runner.connect();
      try {
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

  it('refuses a period that ends before it starts, or is too long', async () => {
    expectProblem(
      await analytics('from=2026-11-24T00:00:00Z&to=2026-11-23T00:00:00Z'),
      422,
      'HTTP.VALIDATION_FAILED',
    );
    expectProblem(await analytics('from=2027-01-01T00:00:00Z'), 422, 'ANALYTICS.INVALID_PERIOD');
    expectProblem(
      await analytics('from=2024-01-01T00:00:00Z&to=2026-01-01T00:00:00Z'),
      422,
      'ANALYTICS.PERIOD_TOO_LONG',
    );
    expectProblem(
      await analytics('from=2026-09-01T00:00:00Z&to=2026-11-01T00:00:00Z&group_by=hour'),
      422,
      'ANALYTICS.PERIOD_TOO_LONG',
    );
    expectProblem(await analytics('group_by=week'), 422, 'HTTP.VALIDATION_FAILED');
  });
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
