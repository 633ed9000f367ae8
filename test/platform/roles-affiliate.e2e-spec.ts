import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../support/problem-assertions.js';
import { rolesNetwork } from '../support/roles-network.js';
import { expectRedirect } from '../support/tracking-api.js';

const UNKNOWN_CAMPAIGN = '01936f9e-0000-7000-8000-000000000000';

/**
 * An affiliate key: its own traffic, conversions, stats and postback URL, and nothing else
 * (the network: test/support/roles-network.ts).
 */
describe('what an affiliate key may read and change', () => {
  const network = rolesNetwork();
  const { net, asAffiliate, get, ids, analytics, groups } = network;
  beforeAll(network.start);
  afterAll(network.close);

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

  it('lists its own conversions with its payout, without revenue, customer ids or the advertiser’s claimed payout', async () => {
    const page = (await asAffiliate(get('/v1/conversions'))).json();
    expect(ids(page)).toEqual([net.conversions.xOnA1, net.conversions.xOnB1].sort());
    for (const conversion of page.data) {
      expect(conversion.affiliateId).toBe(net.affiliateX);
      expect(conversion.payout).toBe(12.5);
      expect(conversion).not.toHaveProperty('revenue');
      expect(conversion).not.toHaveProperty('customerId');
      expect(conversion).not.toHaveProperty('reportedPayout');
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
    expect(performance.byAffiliate.map((row: { affiliateId: string }) => row.affiliateId)).toEqual([
      net.affiliateX,
    ]);
    for (const figures of [performance, ...performance.byAffiliate]) {
      for (const hidden of ['revenue', 'profit', 'epc', 'roi']) {
        expect(figures).not.toHaveProperty(hidden);
      }
    }
  });

  it('gets a 404 for the performance of a campaign it has sent no traffic to, like an unknown id', async () => {
    const { api } = network;
    const draftOfB = (await api.campaigns.create({ advertiserId: net.advertiserB })).id as string;
    const activeWithoutX = await api.activeCampaign({ advertiserId: net.advertiserA });
    expectRedirect(await api.click({ campaign_id: activeWithoutX, affiliate_id: net.affiliateY }));
    const unknown = await asAffiliate(get(`/v1/campaigns/${UNKNOWN_CAMPAIGN}/performance`));
    const unknownProblem = expectProblem(unknown, 404, 'TRACKING.UNKNOWN_CAMPAIGN');
    for (const campaignId of [draftOfB, activeWithoutX]) {
      const response = await asAffiliate(get(`/v1/campaigns/${campaignId}/performance`));
      const problem = expectProblem(response, 404, 'TRACKING.UNKNOWN_CAMPAIGN');
      expect(problem.title).toBe(unknownProblem.title);
    }
    // In scope once it has traffic there, whatever window it asks about.
    const quiet = await asAffiliate(
      get(`/v1/campaigns/${net.campaignB1}/performance?from=2030-01-01T00:00:00Z`),
    );
    expect(quiet.statusCode, quiet.body).toBe(200);
    expect(quiet.json()).toMatchObject({ clicks: 0, byAffiliate: [] });
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
    const other = (await network.app().request(get(`/v1/affiliates/${net.affiliateY}`))).json();
    expect(other.postbackUrl).toBeNull();
  });

  it('may not set any other field of its affiliate', async () => {
    const before = (await network.app().request(get(`/v1/affiliates/${net.affiliateX}`))).json();
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
    expect((await network.app().request(get(`/v1/affiliates/${net.affiliateX}`))).json()).toEqual(
      before,
    );
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
      get(`/v1/advertisers/${net.advertiserA}/postback-url`),
      get('/v1/tracking/blocklists'),
      get('/v1/api-keys'),
      get('/forms'),
      get('/ltv/analysis'),
    ] as InjectOptions[]) {
      expectProblem(await asAffiliate(request), 403, 'AUTH.ROLE_FORBIDDEN');
    }
  });
});
