import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyticsApi } from '../support/analytics-api.js';
import { expectProblem, fieldsOf } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { GOOGLEBOT_UA } from '../support/tracking-api.js';

/**
 * One customer clicks campaign A (affiliate 1) 72 h before buying, campaign B (affiliate 2)
 * 24 h before, and campaign C (affiliate 1) at the moment of the purchase, whose postback names
 * the customer: 100.00 USD. Another visitor converts on campaign A (affiliate 2) without a
 * customer id: 50.00 USD, one touch. Noise that must not count: a click older than the
 * lookback, a bot click, a click after the purchase, a pending conversion and one outside the
 * period.
 */
describe('GET /v1/analytics/attribution', () => {
  let t: TestApp;
  const api = analyticsApi(() => t);
  const ids = { A: '', B: '', C: '', aff1: '', aff2: '' };
  const PERIOD = { from: '2026-11-19T00:00:00Z', to: '2026-11-21T00:00:00Z' };

  beforeAll(async () => {
    t = await startTestApp({ now: new Date('2026-10-01T00:00:00Z') });
    for (const name of ['A', 'B', 'C'] as const) ids[name] = await api.tracking.activeCampaign();
    ids.aff1 = await api.tracking.activeAffiliate();
    ids.aff2 = await api.tracking.activeAffiliate();
    const customer = 'cust-attr-1';
    const visit = (campaign: 'A' | 'B' | 'C', affiliate: 'aff1' | 'aff2', externalId?: string) => ({
      campaign_id: ids[campaign],
      affiliate_id: ids[affiliate],
      ...(externalId ? { external_id: externalId } : {}),
    });

    await api.clickAt('2026-10-20T11:00:00Z', visit('B', 'aff2', customer)); // past the lookback
    await api.clickAt('2026-11-17T12:00:00Z', visit('A', 'aff1', customer));
    await api.clickAt('2026-11-18T12:00:00Z', visit('C', 'aff2', customer), GOOGLEBOT_UA);
    await api.clickAt('2026-11-19T12:00:00Z', visit('B', 'aff2', customer));
    const buying = await api.clickAt('2026-11-20T12:00:00Z', visit('C', 'aff1'));
    const bought = await api.postbackAt('2026-11-20T12:00:00Z', {
      click_id: buying.clickId,
      txid: 'ORD-1',
      revenue: '100.00',
      customer_id: customer,
    });
    expect(bought.json(), bought.body).toMatchObject({ status: 'recorded' });
    await api.clickAt('2026-11-20T13:00:00Z', visit('B', 'aff1', customer)); // after the purchase

    const other = await api.clickAt('2026-11-20T09:00:00Z', visit('A', 'aff2'));
    await api.postbackAt('2026-11-20T10:00:00Z', {
      click_id: other.clickId,
      txid: 'ORD-2',
      revenue: '50.00',
    });

    const pending = await api.clickAt('2026-11-20T14:00:00Z', visit('B', 'aff1', customer));
    await api.postbackAt('2026-11-20T14:00:00Z', {
      click_id: pending.clickId,
      txid: 'ORD-3',
      revenue: '70.00',
      customer_id: customer,
      status: 'pending',
    });
    const later = await api.clickAt('2026-11-22T10:00:00Z', visit('B', 'aff2'));
    await api.postbackAt('2026-11-22T10:00:00Z', {
      click_id: later.clickId,
      txid: 'ORD-4',
      revenue: '30.00',
    });
    t.clock.set(new Date('2026-11-26T09:00:00Z'));
  });
  afterAll(() => t.close());

  const report = async (query: Record<string, string>) => {
    const response = await api.attribution({ ...PERIOD, ...query });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  /** The fields a problem names, each once. */
  const onlyFields = (body: Record<string, unknown>) => [...new Set(fieldsOf(body))];
  const usd = (amount: number) => [{ currency: 'USD', amount }];
  /** [campaign, affiliate, conversions, revenue] for every credited pair. */
  const pairs = (body: {
    byCampaign: {
      campaignId: string;
      byAffiliate: { affiliateId: string; conversions: number; revenue: unknown }[];
    }[];
  }) => {
    const name = (id: string) => Object.entries(ids).find(([, value]) => value === id)?.[0];
    return body.byCampaign
      .flatMap((campaign) =>
        campaign.byAffiliate.map((affiliate): unknown[] => [
          name(campaign.campaignId),
          name(affiliate.affiliateId),
          affiliate.conversions,
          affiliate.revenue,
        ]),
      )
      .sort((a, b) => `${a[0]}${a[1]}`.localeCompare(`${b[0]}${b[1]}`));
  };

  it('credits the last click by default', async () => {
    const body = await report({});
    expect(body).toMatchObject({ model: 'last_click', halfLifeHours: null, lookbackDays: 30 });
    expect(body.from).toBe('2026-11-19T00:00:00.000Z');
    expect(pairs(body)).toEqual([
      ['A', 'aff2', 1, usd(50)],
      ['C', 'aff1', 1, usd(100)],
    ]);
    expect(body.totals).toEqual({ conversions: 2, revenue: usd(150) });
  });

  it('credits the first click in the lookback under first_click', async () => {
    expect(pairs(await report({ model: 'first_click' }))).toEqual([
      ['A', 'aff1', 1, usd(100)],
      ['A', 'aff2', 1, usd(50)],
    ]);
  });

  it('shares evenly under linear, the odd cent and millionth to the first click', async () => {
    const body = await report({ model: 'linear' });
    expect(pairs(body)).toEqual([
      ['A', 'aff1', 0.333334, usd(33.34)],
      ['A', 'aff2', 1, usd(50)],
      ['B', 'aff2', 0.333333, usd(33.33)],
      ['C', 'aff1', 0.333333, usd(33.33)],
    ]);
    expect(body.byCampaign[0]).toMatchObject({
      campaignId: ids.A,
      conversions: 1.333334,
      revenue: usd(83.34),
    });
    expect(body.byAffiliate).toEqual([
      { affiliateId: ids.aff2, conversions: 1.333333, revenue: usd(83.33) },
      { affiliateId: ids.aff1, conversions: 0.666667, revenue: usd(66.67) },
    ]);
  });

  it('weighs clicks by their age under time_decay with the chosen half-life', async () => {
    // 72 h, 24 h and 0 h before the purchase with a 24 h half-life: 1/13, 4/13 and 8/13.
    const body = await report({ model: 'time_decay', halfLifeHours: '24' });
    expect(body.halfLifeHours).toBe(24);
    expect(pairs(body)).toEqual([
      ['A', 'aff1', 0.076923, usd(7.69)],
      ['A', 'aff2', 1, usd(50)],
      ['B', 'aff2', 0.307692, usd(30.77)],
      ['C', 'aff1', 0.615385, usd(61.54)],
    ]);
  });

  it('uses a one-week half-life by default under time_decay', async () => {
    const body = await report({ model: 'time_decay' });
    expect(body.halfLifeHours).toBe(168);
    const weights = [2 ** (-72 / 168), 2 ** (-24 / 168), 1];
    const sum = weights.reduce((a, b) => a + b);
    const [first] = pairs(body);
    expect(first[2]).toBeCloseTo(weights[0] / sum, 6);
  });

  it('gives 40/20/40 under position_based', async () => {
    expect(pairs(await report({ model: 'position_based' }))).toEqual([
      ['A', 'aff1', 0.4, usd(40)],
      ['A', 'aff2', 1, usd(50)],
      ['B', 'aff2', 0.2, usd(20)],
      ['C', 'aff1', 0.4, usd(40)],
    ]);
  });

  it("adds every model's credit up to the period's conversions and revenue", async () => {
    for (const model of ['last_click', 'first_click', 'linear', 'time_decay', 'position_based']) {
      const body = await report({ model });
      expect(body.totals).toEqual({ conversions: 2, revenue: usd(150) });
      const conversions = (rows: { conversions: number }[]) =>
        Math.round(rows.reduce((sum, row) => sum + row.conversions, 0) * 1e6) / 1e6;
      const cents = (rows: { revenue: { amount: number }[] }[]) =>
        rows.reduce((sum, row) => sum + Math.round(row.revenue[0].amount * 100), 0);
      expect(conversions(body.byCampaign)).toBe(2);
      expect(conversions(body.byAffiliate)).toBe(2);
      expect(cents(body.byCampaign)).toBe(15_000);
      expect(cents(body.byAffiliate)).toBe(15_000);
    }
  });

  it('counts only the clicks inside a shorter lookback', async () => {
    // One day back: the click 72 h before the purchase drops out; 24 h is still inside.
    expect(pairs(await report({ model: 'linear', lookbackDays: '1' }))).toEqual([
      ['A', 'aff2', 1, usd(50)],
      ['B', 'aff2', 0.5, usd(50)],
      ['C', 'aff1', 0.5, usd(50)],
    ]);
  });

  it('reports an empty period as zeros', async () => {
    const body = await report({ from: '2026-11-01T00:00:00Z', to: '2026-11-02T00:00:00Z' });
    expect(body).toMatchObject({
      totals: { conversions: 0, revenue: [] },
      byCampaign: [],
      byAffiliate: [],
    });
  });

  it('defaults to the 30 days up to now', async () => {
    const response = await api.attribution({});
    expect(response.json()).toMatchObject({
      from: '2026-10-27T09:00:00.000Z',
      to: '2026-11-26T09:00:00.000Z',
      totals: { conversions: 3, revenue: usd(180) },
    });
  });

  it('refuses an unknown model, a bad half-life or lookback, and a half-life without time_decay', async () => {
    expect(
      onlyFields(
        expectProblem(
          await api.attribution({ model: 'data_driven' }),
          422,
          'HTTP.VALIDATION_FAILED',
        ),
      ),
    ).toEqual(['model']);
    for (const halfLifeHours of ['0', '8761', '1.5', 'week'])
      expect(
        onlyFields(
          expectProblem(
            await api.attribution({ model: 'time_decay', halfLifeHours }),
            422,
            'HTTP.VALIDATION_FAILED',
          ),
        ),
      ).toEqual(['halfLifeHours']);
    for (const lookbackDays of ['0', '366', 'x'])
      expect(
        onlyFields(
          expectProblem(await api.attribution({ lookbackDays }), 422, 'HTTP.VALIDATION_FAILED'),
        ),
      ).toEqual(['lookbackDays']);
    const misplaced = expectProblem(
      await api.attribution({ model: 'linear', halfLifeHours: '24' }),
      422,
      'ANALYTICS.INVALID_ATTRIBUTION_SETTINGS',
    );
    expect(onlyFields(misplaced)).toEqual(['halfLifeHours']);
  });

  it('refuses a period that is reversed, too long or not an instant', async () => {
    expectProblem(
      await api.attribution({ from: '2026-11-20T00:00:00Z', to: '2026-11-19T00:00:00Z' }),
      422,
      'ANALYTICS.INVALID_PERIOD',
    );
    expectProblem(
      await api.attribution({ from: '2025-01-01T00:00:00Z', to: '2026-11-19T00:00:00Z' }),
      422,
      'ANALYTICS.INVALID_PERIOD',
    );
    expect(
      onlyFields(
        expectProblem(await api.attribution({ from: 'yesterday' }), 422, 'HTTP.VALIDATION_FAILED'),
      ),
    ).toEqual(['from']);
  });

  it('needs an API key', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/v1/analytics/attribution',
      headers: { 'x-api-key': '' },
    });
    expect(response.statusCode).toBe(401);
  });
});
