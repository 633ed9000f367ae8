import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { performanceApi } from '../support/performance-api.js';
import { expectProblem, fieldsOf } from '../support/problem-assertions.js';
import { postbackApi } from '../support/postback-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { trackingApi } from '../support/tracking-api.js';

/**
 * A campaign's payout policy decides what a postback's `payout` is worth: nothing but a claim
 * (fixed), an amount up to the campaign's maximum (from_postback), or ignored for a share of
 * the revenue (revenue_share, the REVSHARE model).
 */
describe('payout policy per campaign', () => {
  let t: TestApp;
  const postbacks = postbackApi(() => t);
  const api = trackingApi(() => t);
  const { campaigns } = api;
  const performance = performanceApi(() => t);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const clickOn = api.clickOnNewCampaign;
  /** Posts a postback and returns the conversion it recorded, as GET /v1/conversions/{id} shows it. */
  const convert = async (query: Record<string, string>) => {
    const response = await postbacks.send(query);
    expect(response.statusCode, response.body).toBe(200);
    const conversionId = response.json().conversionId as string;
    return (await t.request({ method: 'GET', url: `/v1/conversions/${conversionId}` })).json();
  };

  it('pays a fixed campaign its own payout and keeps the postback’s claim as reportedPayout', async () => {
    const { campaignId, clickId } = await clickOn();
    expect((await campaigns.get(campaignId)).payout).toEqual({
      model: 'CPA',
      amount: 12.5,
      currency: 'USD',
      policy: 'fixed',
      maxAmount: null,
    });

    const conversion = await convert({ click_id: clickId, txid: 'BIG', payout: '1000000000' });
    expect(conversion).toMatchObject({ payout: 12.5, reportedPayout: 1000000000 });
    const plain = await convert({ click_id: clickId, txid: 'PLAIN' });
    expect(plain).toMatchObject({ payout: 12.5, reportedPayout: null });
    expect((await performance.ok(campaignId)).cost).toBe(25);
  });

  it('takes a from_postback payout up to the campaign’s maximum, and caps one above it', async () => {
    const payout = {
      model: 'CPA',
      amount: 10,
      currency: 'USD',
      policy: 'from_postback',
      maxAmount: 40,
    };
    const { campaignId, clickId } = await clickOn({ payout });
    expect((await campaigns.get(campaignId)).payout).toEqual(payout);

    const within = await convert({ click_id: clickId, txid: 'IN', payout: '25.50' });
    expect(within).toMatchObject({ payout: 25.5, reportedPayout: 25.5 });
    const over = await convert({ click_id: clickId, txid: 'OVER', payout: '1000000000' });
    expect(over).toMatchObject({ payout: 40, reportedPayout: 1000000000 });
    const none = await convert({ click_id: clickId, txid: 'NONE' });
    expect(none).toMatchObject({ payout: 10, reportedPayout: null });
    expect((await performance.ok(campaignId)).cost).toBe(75.5);
  });

  it('pays revenue_share a share of the revenue whatever payout the postback states', async () => {
    const { campaignId, clickId } = await clickOn({
      payout: { model: 'REVSHARE', amount: 12.5, currency: 'EUR' },
    });
    expect((await campaigns.get(campaignId)).payout).toEqual({
      model: 'REVSHARE',
      amount: 12.5,
      currency: 'EUR',
      policy: 'revenue_share',
      maxAmount: null,
    });
    // 12.5 % of 199.99 EUR is 24.99875 EUR: rounded down to 24.99, never a cent more.
    const shared = await convert({
      click_id: clickId,
      txid: 'A',
      revenue: '199.99',
      payout: '150',
    });
    expect(shared).toMatchObject({ revenue: 199.99, payout: 24.99, reportedPayout: 150 });
    const noRevenue = await convert({ click_id: clickId, txid: 'B' });
    expect(noRevenue).toMatchObject({ status: 'approved', revenue: null, payout: 0 });
    expect((await performance.ok(campaignId)).cost).toBe(24.99);
  });

  it('changes the policy with PATCH, and the next postback follows it', async () => {
    const { campaignId, clickId } = await clickOn();
    const payout = {
      model: 'CPA',
      amount: 12.5,
      currency: 'USD',
      policy: 'from_postback',
      maxAmount: 20,
    };
    const patched = await campaigns.patch(campaignId, { payout });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().payout).toEqual(payout);
    await api.refreshDirectory();
    expect(await convert({ click_id: clickId, payout: '18' })).toMatchObject({ payout: 18 });
  });

  describe('refuses a policy that cannot be applied, with a 422 naming each field', () => {
    const CPA = { model: 'CPA', amount: 12.5, currency: 'USD' };
    it.each([
      [
        'an unknown policy',
        { ...CPA, policy: 'whatever' },
        'HTTP.VALIDATION_FAILED',
        'payout.policy',
      ],
      [
        'from_postback without maxAmount',
        { ...CPA, policy: 'from_postback' },
        'CAMPAIGNS.INVALID_CAMPAIGN',
        'payout.maxAmount',
      ],
      [
        'a maxAmount below the amount',
        { ...CPA, policy: 'from_postback', maxAmount: 5 },
        'CAMPAIGNS.INVALID_CAMPAIGN',
        'payout.maxAmount',
      ],
      [
        'a maxAmount on a fixed payout',
        { ...CPA, policy: 'fixed', maxAmount: 50 },
        'CAMPAIGNS.INVALID_CAMPAIGN',
        'payout.maxAmount',
      ],
      [
        'revenue_share on a CPA payout',
        { ...CPA, policy: 'revenue_share' },
        'CAMPAIGNS.INVALID_CAMPAIGN',
        'payout.policy',
      ],
      [
        'a fixed policy on REVSHARE',
        { model: 'REVSHARE', amount: 30, currency: 'USD', policy: 'fixed' },
        'CAMPAIGNS.INVALID_CAMPAIGN',
        'payout.policy',
      ],
      [
        'a share above 100',
        { model: 'REVSHARE', amount: 100.01, currency: 'USD', policy: 'revenue_share' },
        'CAMPAIGNS.INVALID_CAMPAIGN',
        'payout.amount',
      ],
      [
        'a share of 0',
        { model: 'REVSHARE', amount: 0, currency: 'USD' },
        'CAMPAIGNS.INVALID_CAMPAIGN',
        'payout.amount',
      ],
    ])('%s', async (_rule, payout, code, field) => {
      const created = expectProblem(await campaigns.post({ ...baseCampaign(), payout }), 422, code);
      expect(fieldsOf(created)).toContain(field);

      const { id } = await campaigns.create();
      const before = await campaigns.get(id);
      const patched = expectProblem(await campaigns.patch(id, { payout }), 422, code);
      expect(fieldsOf(patched)).toContain(field);
      expect(await campaigns.get(id)).toEqual(before);
    });
  });
});

/** A valid campaign without a budget, so a payout in any currency is accepted on its own. */
const baseCampaign = () => ({
  name: 'Policy check',
  advertiserName: 'Acme VPN',
  offerUrl: 'https://offers.example.com/vpn?click={click_id}',
});
