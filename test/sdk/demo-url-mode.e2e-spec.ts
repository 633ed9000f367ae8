import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DemoRun } from '../../tools/demo/demo-run.mjs';
import type { PacingTime } from '../../tools/demo/paced-fetch.mjs';
import { startTestApp, TEST_API_KEY, type TestApp } from '../support/test-app.js';
import { storedClicks } from '../support/tracking-rows.js';

interface Performance {
  clicks: number;
  impressions: number;
  blockedClicks: number;
  ctr: number | null;
}

/**
 * `npm run demo -- --url <api> --key <key>` against an API with default settings: TRUST_PROXY
 * is off, so every visitor is the demo's own address to it, and its per-address limits (60
 * clicks a minute before the safe page, 1200 clicks and impressions a minute, 20 form
 * submissions in 10 minutes) count all of the demo's traffic. Played as --url mode plays it:
 * over HTTP, without a clock of the story's own, everything now.
 */
describe('the demo against a running API with default settings', () => {
  let t: TestApp;
  let baseUrl: string;

  beforeAll(async () => {
    t = await startTestApp({ now: new Date() });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  /**
   * The demo waits on the API's own clock, which moves on only as the demo waits: the minutes
   * of pacing pass in a moment, and the API's limits count them as the minutes they are.
   */
  const apiTime = (): PacingTime => ({
    now: () => t.clock.now().getTime(),
    sleep: async (ms) => {
      const until = t.clock.now().getTime() + ms;
      await new Promise((resolve) => setImmediate(resolve));
      if (t.clock.now().getTime() < until) t.clock.set(new Date(until));
    },
  });

  it('paces itself under the limits, loses no request to a 429, and tells the whole story', async () => {
    expect(t.config.trustProxy).toEqual({ kind: 'none' });
    const run = new DemoRun({
      baseUrl,
      apiKey: TEST_API_KEY,
      clock: null,
      days: 2,
      clicksPerDay: 150,
      // 24 form submissions: more than 20 in 10 minutes, so the forms' pace is needed too.
      leadsPerDay: 12,
      purchaseHistory: { customers: 300 },
      time: apiTime(),
      out: { write: () => true },
    });
    const totals = await run.play();

    expect(run.pacing.oneAddress).toBe(true);
    expect(run.pacing.heldBack).toBeGreaterThan(0);
    expect(run.pacing.retries).toBe(0);
    expect(totals['clicks to the offer']).toBeGreaterThan(0);
    expect(totals['conversions approved']).toBeGreaterThan(0);
    expect(totals['LTV purchases (CDNOW history, ending yesterday)']).toBeGreaterThan(0);

    // Every request the demo counted is in the API's numbers: none was refused and dropped.
    const campaigns = await t.request({ method: 'GET', url: '/v1/campaigns?limit=200' });
    const ids = (campaigns.json().data as { id: string }[]).map((c) => c.id);
    const performance: Performance[] = [];
    for (const id of ids) {
      performance.push(
        (await t.request({ method: 'GET', url: `/v1/campaigns/${id}/performance` })).json(),
      );
    }
    const sum = (key: keyof Performance) =>
      performance.reduce((total, p) => total + Number(p[key]), 0);
    expect(sum('clicks')).toBe(
      totals['clicks to the offer'] +
        totals['clicks to the safe page (bots, blocked, targeting, budget)'],
    );
    expect(sum('impressions')).toBe(totals.impressions);
    const funnel = (await t.request({ method: 'GET', url: '/forms/analytics' })).json().funnel;
    expect(funnel.submissions).toBe(totals['form submissions']);
    expect(funnel.leads).toBeGreaterThan(0);

    // Variety: click-through rates differ by offer, the click farm is blocked, and no click
    // went to the safe page for coming too fast from one address.
    expect(new Set(performance.map((p) => p.ctr?.toFixed(3))).size).toBeGreaterThan(1);
    expect(sum('blockedClicks')).toBeGreaterThan(0);
    const reasons = (await Promise.all(ids.map((id) => storedClicks(t, { campaignId: id }))))
      .flat()
      .flatMap((click) => click.reasons);
    expect(reasons).toContain('blocked_referrer');
    expect(reasons).not.toContain('ip_rate_exceeded');

    // Today's churn scores, counted by risk level: the CDNOW buyers are customers too, and
    // those gone quiet are at high risk. The win-back campaign enrols every one of them (one
    // run of the automation) and messages all but the control group.
    const { churn, atRisk, automation, performance: winBack } = run.retention;
    expect(churn.customers).toBe(totals['customers scored for churn']);
    expect(churn.customers).toBeGreaterThan(300);
    expect(Object.values(churn.riskLevels).reduce((a, b) => a + b, 0)).toBe(churn.customers);
    expect(atRisk).toBeGreaterThan(0);
    expect(automation.enrolled).toBe(atRisk);
    expect(winBack.enrolled).toBe(atRisk);
    expect(winBack.sent).toBe(atRisk - winBack.control);
    expect(winBack.sent).toBeGreaterThan(0);
    const retention = await t.request({ method: 'GET', url: '/retention/campaigns' });
    expect(retention.json().data).toEqual([
      expect.objectContaining({ name: 'Win back fading buyers', status: 'active' }),
    ]);
  }, 60_000);
});
