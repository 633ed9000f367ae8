import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  overviewApi,
  PERIOD,
  seedOverviewTraffic,
  TRAFFIC_START,
} from '../support/analytics-overview.js';
import { expectProblem } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { testDialect } from '../support/test-database.js';
import type { StoredClick } from '../support/tracking-rows.js';
import { allClicks } from './raw-expectations.js';

/**
 * GET /v1/analytics: the totals' ratios and money, the lead funnel, the period read and the
 * periods refused. The rows against the raw rows they summarise are overview-rollups.e2e-spec.ts.
 */
describe(`GET /v1/analytics (${testDialect()})`, () => {
  let t: TestApp;
  const { analytics, ok } = overviewApi(() => t);
  let campaigns: string[];
  let clicks: StoredClick[];

  beforeAll(async () => {
    t = await startTestApp({ now: TRAFFIC_START });
    ({ campaigns } = await seedOverviewTraffic(t));
    clicks = await allClicks(t, campaigns);
  }, 60_000);
  afterAll(() => t.close());

  it('computes the ratios with the campaign performance formulas, money per currency', async () => {
    const body = await ok(`${PERIOD}&group_by=campaign`);
    const { totals } = body;
    expect(totals.ctr).toBeCloseTo(totals.clicks / totals.impressions, 10);
    // CR counts each converting unique click once; conversions per click counts them all.
    expect(totals.cr).toBeCloseTo(totals.convertedClicks / totals.uniqueClicks, 10);
    expect(totals.cr).toBeLessThanOrEqual(1);
    expect(totals.conversionsPerClick).toBeCloseTo(totals.conversions / totals.uniqueClicks, 10);
    expect(totals.money.map((entry: { currency: string }) => entry.currency)).toEqual([
      'EUR',
      'USD',
    ]);
    for (const entry of totals.money) {
      expect(entry.profit).toBeCloseTo(entry.revenue - entry.cost, 6);
      expect(entry.epc).toBeCloseTo(entry.revenue / entry.offerClicks, 10);
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
      conversionsPerClick: performance.conversionsPerClick,
      convertedClicks: performance.convertedClicks,
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
});
