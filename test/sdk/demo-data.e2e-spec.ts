import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoRun } from '../../tools/demo/demo-run.mjs';
import { startTestApp, TEST_API_KEY, type TestApp } from '../support/test-app.js';

/**
 * The demo's story depends on its dates (weekends are quieter), so the test names them: the two
 * days before a Monday, a weekend, the quietest run it can tell. Run on today's date, the test
 * failed on every Monday: that weekend's few buyers happened never to come back.
 */
const A_MONDAY_NOON = Date.UTC(2026, 10, 30, 12);

/**
 * `npm run demo` keeps working: a short run through the API leaves data whose stats agree with
 * what the demo says it did (so every analytics endpoint has real numbers to show).
 */
describe('the demo data', () => {
  let t: TestApp;
  let baseUrl: string;

  beforeAll(async () => {
    t = await startTestApp({ env: { TRUST_PROXY: 'true' } });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (t.app.getHttpServer().address() as AddressInfo).port;
    baseUrl = `http://127.0.0.1:${port}`;
  });
  afterAll(() => t.close());

  it('fills two days of traffic, conversions and leads that the stats count back', async () => {
    const run = new DemoRun({
      baseUrl,
      apiKey: TEST_API_KEY,
      clock: t.clock,
      days: 2,
      clicksPerDay: 60,
      until: A_MONDAY_NOON,
      out: { write: () => true },
    });
    const totals = await run.play();
    // The API trusts the demo's X-Forwarded-For: visitors are told apart, nothing is held back.
    expect(run.pacing).toMatchObject({ oneAddress: false, heldBack: 0, retries: 0 });
    expect(totals.campaigns).toBe(4);
    expect(totals['clicks to the offer']).toBeGreaterThan(0);
    expect(totals['conversions approved']).toBeGreaterThan(0);

    const campaigns = await t.request({ method: 'GET', url: '/v1/campaigns?limit=200' });
    const ids = (campaigns.json().data as { id: string }[]).map((c) => c.id);
    let clicks = 0;
    let impressions = 0;
    let conversions = 0;
    for (const id of ids) {
      const stats = (
        await t.request({ method: 'GET', url: `/v1/campaigns/${id}/performance` })
      ).json();
      clicks += stats.clicks;
      impressions += stats.impressions;
      conversions += stats.conversions;
    }
    const toOffer = totals['clicks to the offer'];
    const toSafePage = totals['clicks to the safe page (bots, blocked, targeting, budget)'];
    expect(clicks).toBe(toOffer + toSafePage);
    expect(impressions).toBe(totals.impressions);
    // The rollups count approved conversions only.
    expect(conversions).toBe(totals['conversions approved']);

    const funnel = (await t.request({ method: 'GET', url: '/forms/analytics' })).json().funnel;
    expect(funnel.submissions).toBe(totals['form submissions']);
    expect(funnel.leads).toBeGreaterThan(0);

    // Buyers came back: their events were stored, scored, and a win-back campaign awaits them.
    expect(totals['engagement events']).toBeGreaterThan(0);
    const events = await t.dataSource.query('SELECT COUNT(*) AS n FROM retention_events');
    expect(Number(events[0].n)).toBeGreaterThanOrEqual(totals['engagement events']);
    const retention = (await t.request({ method: 'GET', url: '/retention/analytics' })).json();
    expect(retention.customers).toBeGreaterThan(0);
    expect(retention.customers).toBe(totals['customers scored for churn']);
    const winBack = await t.request({ method: 'GET', url: '/retention/campaigns' });
    expect(winBack.json().data).toEqual([
      expect.objectContaining({ name: 'Win back fading buyers', status: 'active' }),
    ]);
  });
});
