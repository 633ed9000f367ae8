import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postbackApi } from '../support/postback-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { clickCount, hourlyStats } from '../support/tracking-rows.js';
import { expectRedirect, trackingApi } from '../support/tracking-api.js';

/**
 * Clicks (committed in batches) and postbacks (each in its own transaction) raise the same
 * counter rows at the same time: hourly, and by country, device and sub1. Under that load no
 * answer may fail (on PostgreSQL a lock taken in another order is a deadlock, a 500), and the
 * counters must still equal the rows they count.
 */
describe('clicks and postbacks counting into the same rollup rows at once', () => {
  let t: TestApp;
  const api = trackingApi(() => t);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers every click and postback, and counts each once', async () => {
    // No budget: past it, clicks go to the safe page and their conversions are not counted.
    const campaign_id = await api.activeCampaign({ budget: null });
    const affiliate_id = await api.activeAffiliate();
    const token = await postbackApi(() => t).tokenOfCampaign(campaign_id);
    const statuses: number[] = [];
    const visitor = async (n: number) => {
      const click = await api.click({ campaign_id, affiliate_id, sub1: `placement-${n % 3}` });
      // Every click goes to the offer (no budget to run out of), so each has its postback.
      const { clickId } = expectRedirect(click);
      const query = new URLSearchParams({ token, click_id: clickId, revenue: '10.00' });
      const postback = await t.request({
        method: 'GET',
        url: `/v1/postback?${query}`,
        headers: { 'x-api-key': '' },
      });
      statuses.push(postback.statusCode);
    };
    const before = await clickCount(t);
    // 16 visitors' sessions side by side, each a click then its postback, 15 times over: one
    // session's click batch is committed while another's postback holds its counter rows.
    const session = async (s: number) => {
      for (let n = 0; n < 15; n += 1) await visitor(s * 15 + n);
    };
    await Promise.all(Array.from({ length: 16 }, (_, s) => session(s)));

    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect(await clickCount(t)).toBe(before + 240);
    const rows = await hourlyStats(t, campaign_id);
    const sum = (key: 'clicks' | 'conversions') => rows.reduce((total, row) => total + row[key], 0);
    expect(sum('clicks')).toBe(240);
    expect(sum('conversions')).toBe(240);
    const bySub1 = await t.request({
      method: 'GET',
      url: `/v1/analytics?from=2026-11-26T00:00:00Z&to=2026-11-27T00:00:00Z&group_by=sub1&campaign_id=${campaign_id}`,
    });
    expect(bySub1.json().rows.map((row: { conversions: number }) => row.conversions)).toEqual([
      80, 80, 80,
    ]);
  });
});
