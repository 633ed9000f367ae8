import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activateCampaign,
  createAffiliate,
  createCampaign,
  createPlatformClient,
  followTrackingLink,
  getAnalyticsOverview,
  getCampaignPerformance,
  getCustomerJourney,
  getClick,
  getLeadAnalytics,
  getLtvCustomer,
  getPostbackUrl,
  listConversions,
  recordPostback,
  submitForm,
} from '../../sdk/dist/index.js';
import { startTestApp, TEST_API_KEY, type TestApp } from '../support/test-app.js';
import { BROWSER_UA } from '../support/tracking-api.js';

/**
 * A whole affiliate scenario driven through the generated SDK only, over real HTTP: what a
 * customer's integration does. The SDK is used as built (`npm test` builds it first); the app
 * runs on the test database, listening on a free port.
 */
describe('the generated SDK against a running API', () => {
  let t: TestApp;
  let baseUrl: string;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  it('creates an affiliate and a campaign, follows a click, posts a conversion, submits a lead, reads the stats', async () => {
    const client = createPlatformClient({ baseUrl, apiKey: TEST_API_KEY });
    const visitor = createPlatformClient({ baseUrl, headers: { 'user-agent': BROWSER_UA } });

    const affiliate = await createAffiliate({
      client,
      body: { name: 'Traffic Partners', email: 'ops@trafficpartners.example' },
      throwOnError: true,
    });
    const campaign = await createCampaign({
      client,
      body: {
        name: 'VPN spring offer',
        advertiserName: 'SecureNet',
        offerUrl: 'https://offers.example.com/vpn?click={click_id}&aff={affiliate_id}',
        payout: { model: 'CPA', amount: 12.5, currency: 'USD' },
      },
      throwOnError: true,
    });
    const activated = await activateCampaign({
      client,
      path: { id: campaign.data.id },
      throwOnError: true,
    });
    expect(activated.data.status).toBe('active');

    // A visitor follows the tracking link: no key, and the redirect is read, not followed.
    const click = await followTrackingLink({
      client: visitor,
      query: { campaign_id: campaign.data.id, affiliate_id: affiliate.data.id },
      redirect: 'manual',
    });
    const redirect = click.response!;
    expect(redirect.status).toBe(302);
    const clickId = redirect.headers.get('x-click-id')!;
    expect(redirect.headers.get('location')).toBe(
      `https://offers.example.com/vpn?click=${clickId}&aff=${affiliate.data.id}`,
    );
    const stored = await getClick({ client, path: { id: clickId }, throwOnError: true });
    expect(stored.data).toMatchObject({ campaignId: campaign.data.id, isUnique: true });

    // The advertiser reports the sale with its own postback token.
    const { data: postback } = await getPostbackUrl({
      client,
      path: { id: campaign.data.advertiserId },
      throwOnError: true,
    });
    const conversion = await recordPostback({
      client: visitor,
      query: {
        token: postback.token,
        click_id: clickId,
        txid: 'ORDER-1',
        revenue: '80.00',
        customer_id: 'cust-42',
      },
      throwOnError: true,
    });
    expect(conversion.data).toMatchObject({ status: 'recorded', conversionStatus: 'approved' });
    const repeat = await recordPostback({
      client: visitor,
      query: { token: postback.token, click_id: clickId, txid: 'ORDER-1', revenue: '80.00' },
      throwOnError: true,
    });
    expect(repeat.data.status).toBe('duplicate');

    const conversions = await listConversions({
      client,
      query: { campaignId: campaign.data.id },
      throwOnError: true,
    });
    expect(conversions.data.data).toHaveLength(1);

    const performance = await getCampaignPerformance({
      client,
      path: { id: campaign.data.id },
      throwOnError: true,
    });
    expect(performance.data).toMatchObject({
      clicks: 1,
      uniqueClicks: 1,
      conversions: 1,
      revenue: 80,
      cost: 12.5,
      profit: 67.5,
    });

    // The same visitor fills the contact form, naming the click it came through.
    const lead = await submitForm({
      client: visitor,
      body: {
        email: 'nora.jensen@northwind.example',
        first_name: 'Nora',
        last_name: 'Jensen',
        company: 'Northwind Logistics',
        job_title: 'Head of Marketing',
        click_id: clickId,
      },
      throwOnError: true,
    });
    expect(lead.data).toMatchObject({ duplicate: false, status: 'new' });
    const funnel = await getLeadAnalytics({ client, throwOnError: true });
    expect(funnel.data.funnel).toMatchObject({ submissions: 1, leads: 1 });
    expect(funnel.data.byCampaign).toEqual([
      expect.objectContaining({ campaignId: campaign.data.id, leads: 1 }),
    ]);

    // The postback named the buyer: once its event is delivered, LTV knows the purchase.
    await t.drainOutbox();
    const customer = await getLtvCustomer({
      client,
      path: { customerId: 'cust-42' },
      throwOnError: true,
    });
    expect(customer.data.transactions).toMatchObject({ orders: 1, revenue: 80 });

    // The morning dashboard: the day's traffic, money, leads and purchases in one answer.
    const day = { from: '2026-11-26T00:00:00Z', to: '2026-11-27T00:00:00Z' };
    const overview = await getAnalyticsOverview({
      client,
      query: { ...day, group_by: 'campaign' },
      throwOnError: true,
    });
    expect(overview.data.totals).toMatchObject({ clicks: 1, uniqueClicks: 1, conversions: 1 });
    expect(overview.data.totals.money).toEqual([
      expect.objectContaining({ currency: 'USD', revenue: 80, cost: 12.5, profit: 67.5 }),
    ]);
    expect(overview.data.rows.map((row) => row.key)).toEqual([campaign.data.id]);
    expect(overview.data.leads).toMatchObject({ submissions: 1, leads: 1 });
    expect(overview.data.ltv?.purchases).toEqual([
      expect.objectContaining({ currency: 'USD', orders: 1 }),
    ]);

    // And the buyer's path across contexts.
    const journey = await getCustomerJourney({
      client,
      path: { customerId: 'cust-42' },
      query: day,
      throwOnError: true,
    });
    // Everything here happened at the same instant of the test clock: the steps, not their order.
    expect(journey.data.items.map((item) => item.type).sort()).toEqual([
      'click',
      'conversion',
      'lead',
      'transaction',
    ]);
  });

  it('answers an operation without the key with the typed 401 problem', async () => {
    const anonymous = createPlatformClient({ baseUrl });
    const result = await createAffiliate({
      client: anonymous,
      body: { name: 'Nobody', email: 'nobody@example.com' },
    });
    expect(result.response?.status).toBe(401);
    expect(result.error).toMatchObject({ code: 'AUTH.API_KEY_MISSING' });
  });
});
