import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { performanceApi } from '../support/performance-api.js';
import { expectProblem, fieldsOf } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { trackingApi } from '../support/tracking-api.js';

/** GET /v1/campaigns/{id}/performance: money and ratios from counters written into the rollup. */
describe('GET /v1/campaigns/{id}/performance from known counters', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);
  const { performance, ok, insertStats } = performanceApi(() => t);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  describe('money and ratios from known counters', () => {
    let campaignId: string;
    const affiliateId = '01936f9e-8c2d-7e4b-a011-3c7d2f1e5b22';

    beforeAll(async () => {
      campaignId = await tracking.activeCampaign({
        payout: { model: 'CPA', amount: 10, currency: 'EUR' },
      });
      const other = await tracking.activeCampaign();
      const hour = (h: string) => new Date(`2026-11-20T${h}:00:00Z`);
      await insertStats([
        {
          hour: hour('09'),
          campaignId,
          impressions: 400,
          clicks: 100,
          offerClicks: 80, // no visitor came back
          uniqueClicks: 80,
          botClicks: 5,
          blockedClicks: 3,
          conversions: 8,
          convertedClicks: 6, // two of the 6 converting clicks converted twice
          revenueMinor: 40_000, // 400.00
          payoutMinor: 30_000,
        },
        // Another campaign in the same hour: not counted.
        { hour: hour('09'), campaignId: other, clicks: 999, revenueMinor: 999_999 },
        {
          hour: hour('10'),
          campaignId,
          affiliateId,
          impressions: 600,
          clicks: 100,
          offerClicks: 75, // 5 repeat visits
          uniqueClicks: 70,
          botClicks: 2,
          blockedClicks: 1,
          conversions: 7,
          convertedClicks: 7,
          revenueMinor: 20_000,
          payoutMinor: 15_000,
        },
        {
          hour: hour('11'),
          campaignId,
          affiliateId,
          impressions: 100,
          clicks: 50,
          offerClicks: 50,
          uniqueClicks: 50,
          conversions: 5,
          convertedClicks: 4,
          revenueMinor: 10_000,
          payoutMinor: 12_500,
        },
      ]);
    });

    it('sums every hour: money in major units of the payout currency, ratios hand-computed', async () => {
      const body = await ok(campaignId);
      expect(body).toMatchObject({
        currency: 'EUR',
        impressions: 1100,
        clicks: 250,
        offerClicks: 205,
        uniqueClicks: 200,
        botClicks: 7,
        blockedClicks: 4,
        conversions: 20,
        convertedClicks: 17,
        revenue: 700,
        cost: 575,
        profit: 125,
        cr: 0.085, // 17 converting / 200 unique clicks
        conversionsPerClick: 0.1, // 20 / 200
      });
      // 700.00 / 205 clicks that reached the offer (not the 250 clicks, bots and blocked among them)
      expect(body.epc).toBeCloseTo(700 / 205, 12);
      expect(body.ctr).toBeCloseTo(250 / 1100, 12);
      expect(body.roi).toBeCloseTo(125 / 575, 12);
      expect(body.byAffiliate).toEqual([
        expect.objectContaining({
          affiliateId: null,
          clicks: 100,
          revenue: 400,
          cost: 300,
          profit: 100,
          cr: 0.075, // 6 / 80
          conversionsPerClick: 0.1, // 8 / 80
          epc: 5, // 400.00 / 80 offer clicks
        }),
        expect.objectContaining({
          affiliateId,
          clicks: 150,
          revenue: 300,
          cost: 275,
          profit: 25,
          conversionsPerClick: 0.1, // 12 / 120
          epc: 2.4, // 300.00 / 125 offer clicks
        }),
      ]);
      expect(body.byAffiliate[1].cr).toBeCloseTo(11 / 120, 12);
      expect(body.byAffiliate[0].roi).toBeCloseTo(100 / 300, 12);
      expect(body.byAffiliate[0].ctr).toBe(0.25);
    });

    it('rounds from and to down to the hour: from inclusive, to exclusive', async () => {
      const tenOnly = await ok(campaignId, '?from=2026-11-20T10:30:00Z&to=2026-11-20T11:59:59Z');
      expect(tenOnly).toMatchObject({
        from: '2026-11-20T10:00:00.000Z',
        to: '2026-11-20T11:00:00.000Z',
        clicks: 100,
        revenue: 200,
        cost: 150,
        profit: 50,
        roi: 50 / 150,
        byAffiliate: [expect.objectContaining({ affiliateId, clicks: 100 })],
      });
      const fromTen = await ok(campaignId, '?from=2026-11-20T11:00:00%2B01:00');
      expect(fromTen).toMatchObject({ from: '2026-11-20T10:00:00.000Z', to: null, clicks: 150 });
      expect(fromTen.roi).toBeCloseTo(2500 / 27_500, 12);
      const beforeEleven = await ok(campaignId, '?to=2026-11-20T11:00:00Z');
      expect(beforeEleven).toMatchObject({ clicks: 200, revenue: 600, cost: 450 });
      const empty = await ok(campaignId, '?from=2026-11-21T00:00:00Z');
      expect(empty).toMatchObject({ clicks: 0, revenue: 0, ctr: null, byAffiliate: [] });
    });

    it('refuses a time range that is not one with a 422 naming the field', async () => {
      for (const [query, fields] of [
        ['?from=2026-11-20T10:00:00', ['from']],
        ['?from=2026-11-20T10:00:00Z&to=2026-11-20T09:00:00Z', ['to']],
        ['?to=last-week', ['to']],
        ['?sort=clicks', ['sort']],
        // ISO 8601 week and ordinal dates: once accepted, then a 500 when read as a Date.
        ['?from=2026-W01-1T00:00:00Z', ['from']],
        ['?to=2026-001T00:00:00Z', ['to']],
        ['?from=2026-02-30T00:00:00Z', ['from']],
      ] as const) {
        const body = expectProblem(
          await performance(campaignId, query),
          422,
          'HTTP.VALIDATION_FAILED',
        );
        expect([...new Set(fieldsOf(body))], query).toEqual(fields);
      }
    });
  });

  it('gives money in the major units of a currency without decimals (JPY)', async () => {
    const campaignId = await tracking.activeCampaign({
      payout: { model: 'CPA', amount: 500, currency: 'JPY' },
    });
    await insertStats([
      {
        hour: new Date('2026-11-20T09:00:00Z'),
        campaignId,
        clicks: 4,
        offerClicks: 4,
        uniqueClicks: 3,
        conversions: 1,
        revenueMinor: 1000,
        payoutMinor: 500,
      },
    ]);
    expect(await ok(campaignId)).toMatchObject({
      currency: 'JPY',
      revenue: 1000,
      cost: 500,
      profit: 500,
      epc: 250, // ¥1000 / 4 offer clicks
      roi: 1,
    });
  });
});
