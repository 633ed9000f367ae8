import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { performanceApi } from '../support/performance-api.js';
import { postbackApi } from '../support/postback-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  expectRedirect,
  GOOGLEBOT_UA,
  SAFE_PAGE_URL,
  trackingApi,
} from '../support/tracking-api.js';

/**
 * The ratios a media buyer reads, from real clicks and postbacks, with the expected figures
 * worked out by hand: CR = converting unique clicks / unique clicks (never above 1),
 * conversionsPerClick = approved conversions / unique clicks (a visitor's first click in 24
 * hours that reached the offer), EPC = revenue / offer clicks (every click that reached the
 * offer, a visitor's repeats included: bots, blocked and safe-page clicks never dilute it).
 */
describe('conversion rate, conversions per click and EPC', () => {
  let t: TestApp;
  const postbacks = postbackApi(() => t);
  const tracking = trackingApi(() => t);
  const { ok } = performanceApi(() => t);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const postback = async (query: Record<string, string>) => {
    const response = await postbacks.send(query);
    expect(response.statusCode, response.body).toBe(200);
  };
  const analyticsTotals = async (campaignId: string) => {
    const response = await t.request({
      method: 'GET',
      url: `/v1/analytics?campaign_id=${campaignId}&from=2026-11-26T00:00:00Z&to=2026-11-27T00:00:00Z&group_by=campaign`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  /** One visitor's unique click, its repeat, a bot and a blocked click; returns the unique one. */
  const trafficWithOneRealVisitor = async (campaign_id: string) => {
    const visitor = tracking.freshIp();
    const unique = expectRedirect(await tracking.click({ campaign_id }, { ip: visitor }));
    expect(unique.location).not.toBe(SAFE_PAGE_URL);
    const repeat = expectRedirect(await tracking.click({ campaign_id }, { ip: visitor }));
    expect(repeat.location).not.toBe(SAFE_PAGE_URL); // reached the offer, but not unique
    const bot = await tracking.click({ campaign_id }, { userAgent: GOOGLEBOT_UA });
    expect(expectRedirect(bot).location).toBe(SAFE_PAGE_URL);
    const blocked = await tracking.click({ campaign_id, affiliate_id: 'no-such-affiliate' });
    expect(expectRedirect(blocked).location).toBe(SAFE_PAGE_URL);
    return unique.clickId;
  };

  it('divides EPC by every click that reached the offer, CR by the unique ones', async () => {
    const campaignId = await tracking.activeCampaign();
    const clickId = await trafficWithOneRealVisitor(campaignId);
    await postback({ click_id: clickId, txid: 'ORDER-1', revenue: '100.00' });

    const figures = {
      clicks: 4,
      offerClicks: 2, // the unique click and its repeat; not the bot, not the blocked click
      uniqueClicks: 1,
      convertedClicks: 1,
      cr: 1, // 1 converting unique click / 1 unique click
      conversionsPerClick: 1, // 1 approved conversion / 1 unique click
    };
    expect(await ok(campaignId)).toMatchObject({
      ...figures,
      revenue: 100,
      epc: 50, // 100.00 revenue / 2 clicks that reached the offer
    });
    const { totals, rows } = await analyticsTotals(campaignId);
    for (const view of [totals, rows[0]]) {
      expect(view).toMatchObject(figures);
      expect(view.money).toEqual([
        expect.objectContaining({ currency: 'USD', offerClicks: 2, revenue: 100, epc: 50 }),
      ]);
    }
  });

  it('counts two approved conversions of one unique click as CR 1 and 2 conversions per click', async () => {
    const campaignId = await tracking.activeCampaign();
    const clickId = await trafficWithOneRealVisitor(campaignId);
    await postback({ click_id: clickId, txid: 'ORDER-1', revenue: '30.00' });
    await postback({ click_id: clickId, txid: 'ORDER-2', revenue: '20.00' });

    const performance = await ok(campaignId);
    expect(performance).toMatchObject({
      clicks: 4,
      uniqueClicks: 1,
      convertedClicks: 1,
      botClicks: 1,
      blockedClicks: 1,
      conversions: 2,
      revenue: 50,
      cr: 1, // 1 converting unique click / 1 unique click
      conversionsPerClick: 2, // 2 approved conversions / 1 unique click
      epc: 25, // 50.00 revenue / 2 offer clicks (unique and repeat); bot and blocked do not count
    });

    // The analytics overview and traffic stats use the same formulas.
    const { totals, rows } = await analyticsTotals(campaignId);
    for (const view of [totals, rows[0]]) {
      expect(view).toMatchObject({
        uniqueClicks: 1,
        convertedClicks: 1,
        conversions: 2,
        cr: 1,
        conversionsPerClick: 2,
      });
      expect(view.money).toEqual([
        expect.objectContaining({ currency: 'USD', uniqueClicks: 1, offerClicks: 2, epc: 25 }),
      ]);
    }
  });

  it('keeps CR at most 1 over several visitors: 1 converting of 2 unique clicks is 0.5', async () => {
    const campaignId = await tracking.activeCampaign();
    const converting = await trafficWithOneRealVisitor(campaignId);
    await trafficWithOneRealVisitor(campaignId);
    for (const txid of ['A', 'B', 'C']) {
      await postback({ click_id: converting, txid, revenue: '10.00' });
    }
    expect(await ok(campaignId)).toMatchObject({
      clicks: 8,
      offerClicks: 4,
      uniqueClicks: 2,
      convertedClicks: 1,
      conversions: 3,
      cr: 0.5, // 1 / 2
      conversionsPerClick: 1.5, // 3 / 2
      epc: 7.5, // 30.00 / 4 offer clicks
    });
  });

  it('counts a click as converting while it has an approved conversion, through status changes', async () => {
    const campaignId = await tracking.activeCampaign();
    const clickId = await trafficWithOneRealVisitor(campaignId);
    const figures = async () => {
      const { convertedClicks, conversions, cr } = await ok(campaignId);
      return { convertedClicks, conversions, cr };
    };

    await postback({ click_id: clickId, txid: 'T1', status: 'pending' });
    expect(await figures()).toEqual({ convertedClicks: 0, conversions: 0, cr: 0 });
    await postback({ click_id: clickId, txid: 'T1', status: 'approved' });
    expect(await figures()).toEqual({ convertedClicks: 1, conversions: 1, cr: 1 });
    await postback({ click_id: clickId, txid: 'T2', status: 'approved' });
    expect(await figures()).toEqual({ convertedClicks: 1, conversions: 2, cr: 1 });
    // T2 is still approved: the click still converts.
    await postback({ click_id: clickId, txid: 'T1', status: 'rejected' });
    expect(await figures()).toEqual({ convertedClicks: 1, conversions: 1, cr: 1 });
    await postback({ click_id: clickId, txid: 'T2', status: 'rejected' });
    expect(await figures()).toEqual({ convertedClicks: 0, conversions: 0, cr: 0 });
    await postback({ click_id: clickId, txid: 'T1', status: 'approved' });
    expect(await figures()).toEqual({ convertedClicks: 1, conversions: 1, cr: 1 });
  });

  it('counts a click once when several of its conversions are approved at the same moment', async () => {
    const campaignId = await tracking.activeCampaign();
    const clickId = await trafficWithOneRealVisitor(campaignId);
    await Promise.all(
      ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'].map((txid) => postback({ click_id: clickId, txid })),
    );
    expect(await ok(campaignId)).toMatchObject({ convertedClicks: 1, conversions: 6, cr: 1 });
  });

  it('counts a conversion of a repeat click per click, but not as a converting unique click', async () => {
    const campaignId = await tracking.activeCampaign();
    const visitor = tracking.freshIp();
    expectRedirect(await tracking.click({ campaign_id: campaignId }, { ip: visitor }));
    const repeat = expectRedirect(
      await tracking.click({ campaign_id: campaignId }, { ip: visitor }),
    );
    await postback({ click_id: repeat.clickId, txid: 'R', revenue: '8.00' });
    expect(await ok(campaignId)).toMatchObject({
      offerClicks: 2,
      uniqueClicks: 1,
      convertedClicks: 0,
      conversions: 1,
      cr: 0,
      conversionsPerClick: 1,
      epc: 4, // 8.00 / 2 offer clicks
    });
  });
});
