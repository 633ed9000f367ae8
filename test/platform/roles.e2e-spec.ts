import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeysApi } from '../support/api-keys-api.js';
import { expectProblem } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectRedirect, trackingApi } from '../support/tracking-api.js';

/**
 * One network: advertisers A and B, campaign A1 of A and B1 of B, affiliates X and Y.
 * X sends a click to A1 and one to B1, Y one to A1; each click converts.
 */
describe('what each role may read and change', () => {
  let t: TestApp;
  const api = trackingApi(() => t);
  const keys = apiKeysApi(() => t);
  const net = {} as {
    advertiserA: string;
    advertiserB: string;
    campaignA1: string;
    campaignB1: string;
    affiliateX: string;
    affiliateY: string;
    clicks: { xOnA1: string; yOnA1: string; xOnB1: string };
    conversions: { xOnA1: string; yOnA1: string; xOnB1: string };
    affiliateKey: string;
    advertiserKey: string;
  };

  const registerAdvertiser = async (name: string) => {
    const response = await t.request({ method: 'POST', url: '/v1/advertisers', payload: { name } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };

  beforeAll(async () => {
    t = await startTestApp();
    const token = (await t.request({ method: 'GET', url: '/v1/tracking/postback-url' })).json()
      .token as string;
    net.advertiserA = await registerAdvertiser('Advertiser A');
    net.advertiserB = await registerAdvertiser('Advertiser B');
    net.campaignA1 = await api.activeCampaign({
      advertiserId: net.advertiserA,
      advertiserName: undefined,
    });
    net.campaignB1 = await api.activeCampaign({ advertiserId: net.advertiserB });
    net.affiliateX = await api.activeAffiliate();
    net.affiliateY = await api.activeAffiliate();
    const clickAndConvert = async (campaignId: string, affiliateId: string, txid: string) => {
      const { clickId } = expectRedirect(
        await api.click({ campaign_id: campaignId, affiliate_id: affiliateId }),
      );
      const postback = await t.request({
        method: 'GET',
        url: `/v1/postback?${new URLSearchParams({ token, click_id: clickId, txid, revenue: '40', customer_id: `cust-${txid}` })}`,
        headers: { 'x-api-key': '' },
      });
      expect(postback.statusCode, postback.body).toBe(200);
      return { clickId, conversionId: postback.json().conversionId as string };
    };
    const xOnA1 = await clickAndConvert(net.campaignA1, net.affiliateX, 'T1');
    const yOnA1 = await clickAndConvert(net.campaignA1, net.affiliateY, 'T2');
    const xOnB1 = await clickAndConvert(net.campaignB1, net.affiliateX, 'T3');
    net.clicks = { xOnA1: xOnA1.clickId, yOnA1: yOnA1.clickId, xOnB1: xOnB1.clickId };
    net.conversions = {
      xOnA1: xOnA1.conversionId,
      yOnA1: yOnA1.conversionId,
      xOnB1: xOnB1.conversionId,
    };
    net.affiliateKey = (await keys.create({ role: 'affiliate', affiliateId: net.affiliateX })).key;
    net.advertiserKey = (
      await keys.create({ role: 'advertiser', advertiserId: net.advertiserA })
    ).key;
  });
  afterAll(() => t.close());

  const asAffiliate = (options: InjectOptions) => keys.withKey(net.affiliateKey, options);
  const asAdvertiser = (options: InjectOptions) => keys.withKey(net.advertiserKey, options);
  const get = (url: string): InjectOptions => ({ method: 'GET', url });
  const ids = (page: { data: { id: string }[] }) => page.data.map((row) => row.id).sort();
  const analytics = (groupBy: string) =>
    get(`/v1/analytics?from=2026-11-26T00:00:00Z&to=2026-11-27T00:00:00Z&group_by=${groupBy}`);
  const groups = (report: { rows: { key: string; clicks: number }[] }) =>
    Object.fromEntries(report.rows.map((row) => [row.key, row.clicks]));

  it('names campaigns by advertiser, filling advertiserName from the advertiser', async () => {
    expect(await api.campaigns.get(net.campaignA1)).toMatchObject({
      advertiserId: net.advertiserA,
      advertiserName: 'Advertiser A',
    });
  });

  describe('an affiliate key', () => {
    it('lists its own clicks only, whatever it filters by', async () => {
      const own = await asAffiliate(get('/v1/clicks'));
      expect(own.statusCode, own.body).toBe(200);
      expect(ids(own.json())).toEqual([net.clicks.xOnA1, net.clicks.xOnB1].sort());
      const foreign = await asAffiliate(get(`/v1/clicks?affiliateId=${net.affiliateY}`));
      expect(foreign.json().data).toEqual([]);
    });

    it("reads its own click, and another affiliate's click is a 404 like an unknown one", async () => {
      expect((await asAffiliate(get(`/v1/click/${net.clicks.xOnA1}`))).statusCode).toBe(200);
      expectProblem(
        await asAffiliate(get(`/v1/click/${net.clicks.yOnA1}`)),
        404,
        'TRACKING.UNKNOWN_CLICK',
      );
    });

    it('lists its own conversions with its payout, without revenue or customer ids', async () => {
      const page = (await asAffiliate(get('/v1/conversions'))).json();
      expect(ids(page)).toEqual([net.conversions.xOnA1, net.conversions.xOnB1].sort());
      for (const conversion of page.data) {
        expect(conversion.affiliateId).toBe(net.affiliateX);
        expect(conversion.payout).toBe(12.5);
        expect(conversion).not.toHaveProperty('revenue');
        expect(conversion).not.toHaveProperty('customerId');
      }
      const one = await asAffiliate(get(`/v1/conversions/${net.conversions.xOnB1}`));
      expect(one.statusCode).toBe(200);
      expect(one.json()).not.toHaveProperty('revenue');
      expectProblem(
        await asAffiliate(get(`/v1/conversions/${net.conversions.yOnA1}`)),
        404,
        'TRACKING.CONVERSION_NOT_FOUND',
      );
    });

    it("sees a campaign's performance from its own traffic only, without the advertiser's money", async () => {
      const response = await asAffiliate(get(`/v1/campaigns/${net.campaignA1}/performance`));
      expect(response.statusCode, response.body).toBe(200);
      const performance = response.json();
      expect(performance).toMatchObject({ clicks: 1, conversions: 1, cost: 12.5 });
      expect(
        performance.byAffiliate.map((row: { affiliateId: string }) => row.affiliateId),
      ).toEqual([net.affiliateX]);
      for (const figures of [performance, ...performance.byAffiliate]) {
        for (const hidden of ['revenue', 'profit', 'epc', 'roi']) {
          expect(figures).not.toHaveProperty(hidden);
        }
      }
    });

    it("reads analytics of its own traffic only, without revenue and without the network's leads and LTV", async () => {
      const response = await asAffiliate(analytics('campaign'));
      expect(response.statusCode, response.body).toBe(200);
      const report = response.json();
      expect(report.totals).toMatchObject({ clicks: 2, conversions: 2 });
      expect(groups(report)).toEqual({ [net.campaignA1]: 1, [net.campaignB1]: 1 });
      expect(report).not.toHaveProperty('leads');
      expect(report).not.toHaveProperty('ltv');
      for (const money of [
        ...report.totals.money,
        ...report.rows.flatMap((r: { money: unknown[] }) => r.money),
      ]) {
        expect(money).toHaveProperty('cost');
        for (const hidden of ['revenue', 'profit', 'epc', 'roi'])
          expect(money).not.toHaveProperty(hidden);
      }
      // Naming another affiliate narrows to nothing; it never widens the scope.
      const other = await asAffiliate({
        ...analytics('day'),
        url: `${analytics('day').url}&affiliate_id=${net.affiliateY}`,
      });
      expect(other.json().totals.clicks).toBe(0);
      expectProblem(await asAffiliate(get('/v1/analytics/realtime')), 403, 'AUTH.ROLE_FORBIDDEN');
    });

    it('reads and changes only its own postback URL', async () => {
      const own = await asAffiliate(get(`/v1/affiliates/${net.affiliateX}`));
      expect(own.statusCode).toBe(200);
      expectProblem(
        await asAffiliate(get(`/v1/affiliates/${net.affiliateY}`)),
        404,
        'CAMPAIGNS.AFFILIATE_NOT_FOUND',
      );

      const url = 'https://x.example/postback?source=network';
      const changed = await asAffiliate({
        method: 'PATCH',
        url: `/v1/affiliates/${net.affiliateX}/postback`,
        payload: { postbackUrl: url },
      });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json()).toMatchObject({ id: net.affiliateX, postbackUrl: url });

      expectProblem(
        await asAffiliate({
          method: 'PATCH',
          url: `/v1/affiliates/${net.affiliateY}/postback`,
          payload: { postbackUrl: url },
        }),
        404,
        'CAMPAIGNS.AFFILIATE_NOT_FOUND',
      );
      const other = (await t.request(get(`/v1/affiliates/${net.affiliateY}`))).json();
      expect(other.postbackUrl).toBeNull();
    });

    it('may not set any other field of its affiliate', async () => {
      const before = (await t.request(get(`/v1/affiliates/${net.affiliateX}`))).json();
      for (const payload of [
        { postbackUrl: null, status: 'active' },
        { postbackUrl: null, name: 'Renamed' },
        { postbackUrl: null, email: 'new@x.example' },
      ]) {
        const response = await asAffiliate({
          method: 'PATCH',
          url: `/v1/affiliates/${net.affiliateX}/postback`,
          payload,
        });
        expectProblem(response, 422, 'HTTP.VALIDATION_FAILED');
      }
      expect((await t.request(get(`/v1/affiliates/${net.affiliateX}`))).json()).toEqual(before);
    });

    it('is refused everything else with 403 AUTH.ROLE_FORBIDDEN', async () => {
      for (const request of [
        get('/v1/campaigns'),
        get(`/v1/campaigns/${net.campaignA1}`),
        { method: 'POST', url: '/v1/campaigns', payload: {} },
        get('/v1/affiliates'),
        { method: 'POST', url: '/v1/affiliates', payload: {} },
        get('/v1/advertisers'),
        get(`/v1/advertisers/${net.advertiserA}`),
        get('/v1/tracking/postback-url'),
        get('/v1/tracking/blocklists'),
        get('/v1/api-keys'),
        get('/forms'),
        get('/ltv/analysis'),
      ] as InjectOptions[]) {
        expectProblem(await asAffiliate(request), 403, 'AUTH.ROLE_FORBIDDEN');
      }
    });
  });

  describe('an advertiser key', () => {
    it("lists its own campaigns' conversions with revenue, without affiliate payouts", async () => {
      const page = (await asAdvertiser(get('/v1/conversions'))).json();
      expect(ids(page)).toEqual([net.conversions.xOnA1, net.conversions.yOnA1].sort());
      for (const conversion of page.data) {
        expect(conversion.campaignId).toBe(net.campaignA1);
        expect(conversion.revenue).toBe(40);
        expect(conversion).not.toHaveProperty('payout');
      }
      const filtered = await asAdvertiser(get(`/v1/conversions?campaignId=${net.campaignB1}`));
      expect(filtered.json().data).toEqual([]);
    });

    it("reads its own campaigns' conversions by id; another's is a 404", async () => {
      const own = await asAdvertiser(get(`/v1/conversions/${net.conversions.yOnA1}`));
      expect(own.statusCode).toBe(200);
      expect(own.json()).not.toHaveProperty('payout');
      expectProblem(
        await asAdvertiser(get(`/v1/conversions/${net.conversions.xOnB1}`)),
        404,
        'TRACKING.CONVERSION_NOT_FOUND',
      );
    });

    it("sees its own campaign's performance without cost, profit or ROI; another's is a 404", async () => {
      const response = await asAdvertiser(get(`/v1/campaigns/${net.campaignA1}/performance`));
      expect(response.statusCode, response.body).toBe(200);
      const performance = response.json();
      expect(performance).toMatchObject({ clicks: 2, conversions: 2, revenue: 80 });
      for (const figures of [performance, ...performance.byAffiliate]) {
        for (const hidden of ['cost', 'profit', 'roi']) expect(figures).not.toHaveProperty(hidden);
      }
      expectProblem(
        await asAdvertiser(get(`/v1/campaigns/${net.campaignB1}/performance`)),
        404,
        'TRACKING.UNKNOWN_CAMPAIGN',
      );
    });

    it("reads analytics of its own campaigns' traffic only, without cost, profit or ROI", async () => {
      const response = await asAdvertiser(analytics('affiliate'));
      expect(response.statusCode, response.body).toBe(200);
      const report = response.json();
      expect(report.totals).toMatchObject({ clicks: 2, conversions: 2 });
      expect(groups(report)).toEqual({ [net.affiliateX]: 1, [net.affiliateY]: 1 });
      expect(report.totals.money).toEqual([expect.objectContaining({ revenue: 80 })]);
      expect(report).not.toHaveProperty('leads');
      for (const money of [
        ...report.totals.money,
        ...report.rows.flatMap((r: { money: unknown[] }) => r.money),
      ]) {
        for (const hidden of ['cost', 'profit', 'roi']) expect(money).not.toHaveProperty(hidden);
      }
      expectProblem(
        await asAdvertiser(get('/v1/analytics/attribution')),
        403,
        'AUTH.ROLE_FORBIDDEN',
      );
    });

    it('lists and reads the campaigns that name it, without the affiliate payout', async () => {
      const page = (await asAdvertiser(get('/v1/campaigns'))).json();
      expect(page.data.map((c: { id: string }) => c.id)).toContain(net.campaignA1);
      expect(page.data.map((c: { id: string }) => c.id)).not.toContain(net.campaignB1);
      for (const campaign of page.data) {
        expect(campaign.advertiserId).toBe(net.advertiserA);
        expect(campaign).not.toHaveProperty('payout');
      }
      const own = await asAdvertiser(get(`/v1/campaigns/${net.campaignA1}`));
      expect(own.statusCode).toBe(200);
      expect(own.json()).not.toHaveProperty('payout');
      expectProblem(
        await asAdvertiser(get(`/v1/campaigns/${net.campaignB1}`)),
        404,
        'CAMPAIGNS.CAMPAIGN_NOT_FOUND',
      );
    });

    it('reads its own advertiser record only', async () => {
      expect((await asAdvertiser(get(`/v1/advertisers/${net.advertiserA}`))).json()).toMatchObject({
        id: net.advertiserA,
        name: 'Advertiser A',
      });
      expectProblem(
        await asAdvertiser(get(`/v1/advertisers/${net.advertiserB}`)),
        404,
        'CAMPAIGNS.ADVERTISER_NOT_FOUND',
      );
    });

    it('is refused clicks, affiliates and management with 403 AUTH.ROLE_FORBIDDEN', async () => {
      for (const request of [
        get('/v1/clicks'),
        get(`/v1/click/${net.clicks.xOnA1}`),
        get(`/v1/affiliates/${net.affiliateX}`),
        { method: 'PATCH', url: `/v1/campaigns/${net.campaignA1}`, payload: { name: 'Mine' } },
        { method: 'POST', url: `/v1/campaigns/${net.campaignA1}/pause` },
        get(`/v1/campaigns/${net.campaignA1}/links`),
        { method: 'POST', url: '/v1/advertisers', payload: { name: 'Another' } },
        get('/v1/api-keys'),
      ] as InjectOptions[]) {
        expectProblem(await asAdvertiser(request), 403, 'AUTH.ROLE_FORBIDDEN');
      }
    });

    it('sees nothing while no campaign names its advertiser', async () => {
      const advertiser = await registerAdvertiser('Advertiser without campaigns');
      const { key } = await keys.create({ role: 'advertiser', advertiserId: advertiser });
      for (const url of ['/v1/conversions', '/v1/campaigns']) {
        const response = await keys.withKey(key, get(url));
        expect(response.statusCode, response.body).toBe(200);
        expect(response.json()).toEqual({ data: [], nextCursor: null });
      }
    });

    it('loses sight of a campaign at once when it moves to another advertiser', async () => {
      const campaign = await api.activeCampaign({ advertiserId: net.advertiserA });
      const { clickId } = expectRedirect(
        await api.click({ campaign_id: campaign, affiliate_id: net.affiliateX }),
      );
      expect(clickId).toBeTruthy();
      const seen = () => asAdvertiser(get(`/v1/campaigns/${campaign}/performance`));
      expect((await seen()).statusCode).toBe(200);
      const moved = await api.campaigns.patch(campaign, { advertiserId: net.advertiserB });
      expect(moved.statusCode, moved.body).toBe(200);
      expectProblem(await seen(), 404, 'TRACKING.UNKNOWN_CAMPAIGN');
    });
  });

  it('documents who may call each operation, as the guard decides', async () => {
    const document = (await t.request(get('/docs-json'))).json();
    const operation = (path: string, method: string) => document.paths[path][method];
    expect(operation('/v1/conversions', 'get')['x-roles']).toEqual([
      'admin',
      'affiliate',
      'advertiser',
    ]);
    expect(operation('/v1/clicks', 'get')['x-roles']).toEqual(['admin', 'affiliate']);
    expect(operation('/v1/campaigns', 'post')['x-roles']).toEqual(['admin']);
    expect(operation('/v1/campaigns', 'post').description).toContain('Roles: admin only.');
    expect(operation('/v1/campaigns', 'post').responses).toHaveProperty('403');
    expect(operation('/v1/click', 'get')).not.toHaveProperty('x-roles');
  });

  describe('an admin key', () => {
    it('sees every conversion with both sides of the money', async () => {
      const page = (await t.request(get('/v1/conversions'))).json();
      expect(ids(page)).toEqual(Object.values(net.conversions).sort());
      expect(page.data[0]).toMatchObject({ revenue: 40, payout: 12.5 });
      expect(page.data[0].customerId).toMatch(/^cust-/);
    });

    it('cannot name an advertiser that does not exist on a campaign', async () => {
      const response = await api.campaigns.post({
        name: 'Orphan',
        advertiserId: '01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a11',
        offerUrl: 'https://offers.example.com/',
        payout: { model: 'CPA', amount: 1, currency: 'USD' },
      });
      expectProblem(response, 422, 'CAMPAIGNS.UNKNOWN_ADVERTISER');
    });
  });
});
