import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../support/problem-assertions.js';
import { rolesNetwork } from '../support/roles-network.js';
import { expectRedirect } from '../support/tracking-api.js';

/**
 * An advertiser key: its own campaigns' conversions, stats and campaigns (the network:
 * test/support/roles-network.ts).
 */
describe('what an advertiser key may read', () => {
  const network = rolesNetwork();
  const { api, keys, net, asAdvertiser, get, ids, analytics, groups, registerAdvertiser } = network;
  beforeAll(network.start);
  afterAll(network.close);

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

  it("reads its own draft campaign's (empty) performance; another advertiser's draft is a 404", async () => {
    const { api } = network;
    const ownDraft = (await api.campaigns.create({ advertiserId: net.advertiserA })).id as string;
    const draftOfB = (await api.campaigns.create({ advertiserId: net.advertiserB })).id as string;
    const own = await asAdvertiser(get(`/v1/campaigns/${ownDraft}/performance`));
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ clicks: 0, conversions: 0, byAffiliate: [] });
    expectProblem(
      await asAdvertiser(get(`/v1/campaigns/${draftOfB}/performance`)),
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
    expectProblem(await asAdvertiser(get('/v1/analytics/attribution')), 403, 'AUTH.ROLE_FORBIDDEN');
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
