import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  expectRedirect,
  SAFE_PAGE_URL,
  trackingApi,
  type TrackingQuery,
} from '../support/tracking-api.js';

/** A Google resolver address: the offline database places it in the US. */
const US_IP = '8.8.8.8';

/**
 * A change made through this process's API reaches its click path before the API answers: no
 * click after the answer sees the old campaign or affiliate, although the cache that serves
 * clicks is refreshed only every 2 seconds (that period is for changes made on other replicas).
 * Each test first clicks once, so the old state is in the cache, and never refreshes it by hand.
 */
describe('the click path sees a campaign change at once', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);
  const { campaigns } = tracking;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const destination = async (query: TrackingQuery, ip?: string) =>
    expectRedirect(await tracking.click(query, { ip })).location;
  const expectOk = (response: { statusCode: number; body: string }) =>
    expect(response.statusCode, response.body).toBeLessThan(300);

  it('stops a paused campaign: 3 of 3 immediate clicks go to the safe page', async () => {
    const campaign_id = await tracking.activeCampaign();
    expect(await destination({ campaign_id })).not.toBe(SAFE_PAGE_URL);
    expectOk(await campaigns.move(campaign_id, 'pause'));
    const after = [
      await destination({ campaign_id }),
      await destination({ campaign_id }),
      await destination({ campaign_id }),
    ];
    expect(after).toEqual([SAFE_PAGE_URL, SAFE_PAGE_URL, SAFE_PAGE_URL]);
    expectOk(await campaigns.move(campaign_id, 'activate'));
    expect(await destination({ campaign_id })).not.toBe(SAFE_PAGE_URL);
  });

  it("stops a suspended affiliate's clicks at once, and lets them through once reactivated", async () => {
    const campaign_id = await tracking.activeCampaign();
    const affiliate_id = await tracking.activeAffiliate();
    expect(await destination({ campaign_id, affiliate_id })).not.toBe(SAFE_PAGE_URL);
    await tracking.affiliates.suspend(affiliate_id);
    expect(await destination({ campaign_id, affiliate_id })).toBe(SAFE_PAGE_URL);
    await tracking.affiliates.reactivate(affiliate_id);
    expect(await destination({ campaign_id, affiliate_id })).not.toBe(SAFE_PAGE_URL);
  });

  it('applies a lowered budget to the next click', async () => {
    // CPC 1.00 USD a unique click: the first click spends 100 cents of a 100.00 budget.
    const campaign_id = await tracking.activeCampaign({
      payout: { model: 'CPC', amount: 1, currency: 'USD' },
      budget: { total: 100, daily: null },
    });
    expect(await destination({ campaign_id })).not.toBe(SAFE_PAGE_URL);
    expectOk(await campaigns.patch(campaign_id, { budget: { total: 1, daily: null } }));
    expect(await destination({ campaign_id })).toBe(SAFE_PAGE_URL);
  });

  it('applies new targeting to the next click', async () => {
    const campaign_id = await tracking.activeCampaign({
      targeting: { countries: ['US'], devices: [] },
    });
    expect(await destination({ campaign_id }, US_IP)).not.toBe(SAFE_PAGE_URL);
    expectOk(await campaigns.patch(campaign_id, { targeting: { countries: ['DE'], devices: [] } }));
    expect(await destination({ campaign_id }, US_IP)).toBe(SAFE_PAGE_URL);
  });

  it('applies a schedule that has ended to the next click', async () => {
    const campaign_id = await tracking.activeCampaign();
    expect(await destination({ campaign_id })).not.toBe(SAFE_PAGE_URL);
    // The test clock stands at 2026-11-26T09:00Z.
    expectOk(
      await campaigns.patch(campaign_id, {
        schedule: { startsAt: '2026-11-01T00:00:00Z', endsAt: '2026-11-26T08:00:00Z' },
      }),
    );
    expect(await destination({ campaign_id })).toBe(SAFE_PAGE_URL);
  });

  it('sends the next click to a new offer URL', async () => {
    const campaign_id = await tracking.activeCampaign();
    expect(await destination({ campaign_id })).toMatch(/^https:\/\/offers\.example\.com\//);
    expectOk(
      await campaigns.patch(campaign_id, {
        offerUrl: 'https://new-offer.example.net/?c={click_id}',
      }),
    );
    expect(await destination({ campaign_id })).toMatch(/^https:\/\/new-offer\.example\.net\/\?c=/);
  });
});
