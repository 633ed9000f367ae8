import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyticsApi } from '../support/analytics-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A repeat buyer whose links never carried an id: the click of the first purchase is found
 * through its postback's customer id and counts as a touch of the second purchase.
 */
describe('GET /v1/analytics/attribution for a repeat buyer', () => {
  let t: TestApp;
  const api = analyticsApi(() => t);
  const ids = { B: '', C: '', aff1: '', aff2: '' };

  beforeAll(async () => {
    t = await startTestApp({ now: new Date('2026-11-01T00:00:00Z') });
    ids.B = await api.tracking.activeCampaign();
    ids.C = await api.tracking.activeCampaign();
    ids.aff1 = await api.tracking.activeAffiliate();
    ids.aff2 = await api.tracking.activeAffiliate();
    const first = await api.clickAt('2026-11-19T00:00:00Z', {
      campaign_id: ids.B,
      affiliate_id: ids.aff1,
    });
    await api.postbackAt('2026-11-19T00:00:00Z', {
      click_id: first.clickId,
      txid: 'R-1',
      revenue: '10.00',
      customer_id: 'cust-repeat',
    });
    const second = await api.clickAt('2026-11-19T12:00:00Z', {
      campaign_id: ids.C,
      affiliate_id: ids.aff2,
    });
    await api.postbackAt('2026-11-19T12:00:00Z', {
      click_id: second.clickId,
      txid: 'R-2',
      revenue: '20.00',
      customer_id: 'cust-repeat',
    });
  });
  afterAll(() => t.close());

  const credit = async (model: string) => {
    const response = await api.attribution({
      model,
      from: '2026-11-18T00:00:00Z',
      to: '2026-11-20T00:00:00Z',
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.totals).toEqual({ conversions: 2, revenue: [{ currency: 'USD', amount: 30 }] });
    return Object.fromEntries(
      body.byCampaign.map(
        (row: { campaignId: string; conversions: number; revenue: { amount: number }[] }) => [
          row.campaignId === ids.B ? 'B' : 'C',
          [row.conversions, row.revenue[0].amount],
        ],
      ),
    );
  };

  it('credits the first purchase to its own click and the second to the path through both', async () => {
    expect(await credit('last_click')).toEqual({ B: [1, 10], C: [1, 20] });
    expect(await credit('first_click')).toEqual({ B: [2, 30] });
    expect(await credit('linear')).toEqual({ B: [1.5, 20], C: [0.5, 10] });
  });
});
