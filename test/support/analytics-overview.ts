import { expect } from 'vitest';
import { STRONG_CONTACT, leadsApi } from './leads-api.js';
import { postbackApi } from './postback-api.js';
import type { TestApp } from './test-app.js';
import { BROWSER_UA, GOOGLEBOT_UA, IPHONE_UA, trackingApi } from './tracking-api.js';

/** When the overview specs' app starts: the first round of seeded traffic. */
export const TRAFFIC_START = new Date('2026-11-24T10:15:00Z');
/** The period the overview specs read: all of the seeded traffic. */
export const PERIOD = 'from=2026-11-23T00:00:00Z&to=2026-11-26T12:00:00Z';

/** GET /v1/analytics, with the admin key. Takes the app through a getter. */
export function overviewApi(app: () => TestApp) {
  const analytics = (query: string) =>
    app().request({ method: 'GET', url: `/v1/analytics?${query}` });
  return {
    analytics,
    /** The body of a 200 answer. */
    ok: async (query: string) => {
      const response = await analytics(query);
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    },
  };
}

/**
 * The traffic both overview specs read back, made through the real API: two campaigns (USD
 * and EUR) and two affiliates; three rounds of visits (a repeat visitor, a bot, an unknown
 * affiliate, none) and impressions; postbacks for some of the clicks through the offer, one
 * later rejected and one extra; then one accepted lead.
 */
export async function seedOverviewTraffic(t: TestApp) {
  const tracking = trackingApi(() => t);
  const leads = leadsApi(() => t);
  const postbacks = postbackApi(() => t);
  const postback = async (query: Record<string, string>) => {
    const response = await postbacks.send(query);
    expect(response.statusCode, response.body).toBe(200);
  };
  const usd = await tracking.activeCampaign();
  const eur = await tracking.activeCampaign({
    payout: { model: 'CPA', amount: 8, currency: 'EUR' },
    budget: null,
  });
  const campaigns = [usd, eur];
  const affiliates = [await tracking.activeAffiliate(), await tracking.activeAffiliate()];
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
  let impressions = 0;
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
  await leads.accepted({ form_id: 'contact', ...STRONG_CONTACT, campaign_id: usd });
  return { campaigns, affiliates, impressions };
}
