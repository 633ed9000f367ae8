import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  expectRedirect,
  GOOGLEBOT_UA,
  SAFE_PAGE_URL,
  trackingApi,
} from '../support/tracking-api.js';
import { hourlyStats, storedClick } from '../support/tracking-rows.js';

/** A CPC campaign pays per unique clean click, and stops taking clicks when its budget is spent. */
const CPC = { model: 'CPC', amount: 1, currency: 'USD' };
const OFFER_ORIGIN = 'https://offers.example.com';

describe('GET /v1/click: budgets of CPC campaigns', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** Where a click from a new visitor goes, and the reasons stored with it. */
  const newVisitorClick = async (campaign_id: string, options = {}) => {
    const { location, clickId } = expectRedirect(await tracking.click({ campaign_id }, options));
    const stored = await storedClick(t, clickId);
    return { location, reasons: stored.reasons, stored };
  };
  const expectOffer = (outcome: { location: string; reasons: string[] }) => {
    expect(outcome.reasons).toEqual([]);
    expect(new URL(outcome.location).origin).toBe(OFFER_ORIGIN);
  };
  const payoutOf = async (campaignId: string) =>
    (await hourlyStats(t, campaignId)).reduce((sum, row) => sum + row.payoutMinor, 0);

  it('sends clicks to the safe page once the total budget is spent (total_budget_reached)', async () => {
    const campaign_id = await tracking.activeCampaign({ payout: CPC, budget: { total: 2 } });
    expectOffer(await newVisitorClick(campaign_id));
    expectOffer(await newVisitorClick(campaign_id));
    const third = await newVisitorClick(campaign_id);
    expect(third.location).toBe(SAFE_PAGE_URL);
    expect(third.stored).toMatchObject({
      reasons: ['total_budget_reached'],
      isBot: false,
      isBlocked: false,
      isUnique: false,
    });
    expect(await payoutOf(campaign_id)).toBe(200);

    // What the database says agrees with what this replica counted.
    await tracking.refreshSpend();
    expect((await newVisitorClick(campaign_id)).reasons).toEqual(['total_budget_reached']);
    expect(await hourlyStats(t, campaign_id)).toEqual([
      expect.objectContaining({ affiliateId: '', clicks: 4, uniqueClicks: 2, payoutMinor: 200 }),
    ]);
  });

  it('spends nothing on duplicates, bots and blocked clicks', async () => {
    const campaign_id = await tracking.activeCampaign({ payout: CPC, budget: { total: 2 } });
    const ip = '203.0.113.50';
    expectOffer(await newVisitorClick(campaign_id, { ip }));
    expectOffer(await newVisitorClick(campaign_id, { ip })); // a duplicate
    expect((await newVisitorClick(campaign_id, { userAgent: GOOGLEBOT_UA })).reasons).toEqual([
      'bot_user_agent',
    ]);
    const unknownAffiliate = expectRedirect(
      await tracking.click({ campaign_id, affiliate_id: 'nobody' }),
    );
    expect(unknownAffiliate.location).toBe(SAFE_PAGE_URL);
    expect(await payoutOf(campaign_id)).toBe(100);

    expectOffer(await newVisitorClick(campaign_id));
    expect((await newVisitorClick(campaign_id)).reasons).toEqual(['total_budget_reached']);
    expect(await payoutOf(campaign_id)).toBe(200);
  });

  it('pays nothing per click on a CPA campaign, so its budget is never used up by clicks', async () => {
    const campaign_id = await tracking.activeCampaign({
      payout: { model: 'CPA', amount: 0.01, currency: 'USD' },
      budget: { total: 0.01 },
    });
    for (let i = 0; i < 3; i += 1) expectOffer(await newVisitorClick(campaign_id));
    expect(await payoutOf(campaign_id)).toBe(0);
  });

  it('sends clicks to the safe page once the daily budget is spent, and takes them again the next UTC day', async () => {
    const campaign_id = await tracking.activeCampaign({ payout: CPC, budget: { daily: 2 } });
    expectOffer(await newVisitorClick(campaign_id));
    expectOffer(await newVisitorClick(campaign_id));
    const third = await newVisitorClick(campaign_id);
    expect(third.location).toBe(SAFE_PAGE_URL);
    expect(third.stored).toMatchObject({ reasons: ['daily_budget_reached'], isUnique: false });
    expect(await payoutOf(campaign_id)).toBe(200);

    await tracking.refreshSpend();
    expect((await newVisitorClick(campaign_id)).reasons).toEqual(['daily_budget_reached']);

    t.clock.set(new Date('2026-11-27T00:00:00Z'));
    await tracking.refreshSpend();
    expectOffer(await newVisitorClick(campaign_id));
    expect(await payoutOf(campaign_id)).toBe(300);
    expect((await hourlyStats(t, campaign_id)).map((row) => [row.hour, row.payoutMinor])).toEqual([
      ['2026-11-26T09:00:00.000Z', 200],
      ['2026-11-27T00:00:00.000Z', 100],
    ]);
  });
});
