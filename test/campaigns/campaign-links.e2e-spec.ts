import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { affiliatesApi } from '../support/affiliates-api.js';
import { MISSING_ID } from '../support/campaigns-api.js';
import { expectProblem } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The tracking links a campaign hands its affiliates, on PUBLIC_BASE_URL. */
describe('campaign links', () => {
  let t: TestApp;
  const { register, suspend } = affiliatesApi(() => t);

  beforeAll(async () => {
    t = await startTestApp({ env: { PUBLIC_BASE_URL: 'https://track.example.com/' } });
  });
  afterAll(() => t.close());

  describe('GET /v1/campaigns/{id}/links', () => {
    const createCampaign = async () => {
      const payload = {
        name: 'Linked campaign',
        advertiserName: 'Acme',
        offerUrl: 'https://offers.example.com/?c={click_id}',
        payout: { model: 'CPA', amount: 5, currency: 'USD' },
      };
      const response = await t.request({ method: 'POST', url: '/v1/campaigns', payload });
      expect(response.statusCode, response.body).toBe(201);
      return response.json().id as string;
    };

    it('has no links before any affiliate is registered', async () => {
      const campaignId = await createCampaign();
      const response = await t.request({ method: 'GET', url: `/v1/campaigns/${campaignId}/links` });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toEqual({ campaignId, links: [] });
    });

    it('gives every affiliate its tracking link {base}/v1/click?campaign_id={id}&affiliate_id={affiliateId}', async () => {
      const campaignId = await createCampaign();
      await register();
      const suspended = await register({ name: 'Sleeping partner' });
      await register();
      await suspend(suspended.id);
      const response = await t.request({ method: 'GET', url: `/v1/campaigns/${campaignId}/links` });
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json();
      const affiliates = (
        await t.request({ method: 'GET', url: '/v1/affiliates?limit=200' })
      ).json().data as { id: string; name: string; status: string }[];
      expect(body.campaignId).toBe(campaignId);
      expect(affiliates).toHaveLength(3);
      expect(body.links).toHaveLength(3);
      for (const affiliate of affiliates) {
        expect(body.links).toContainEqual({
          affiliateId: affiliate.id,
          affiliateName: affiliate.name,
          affiliateStatus: affiliate.status,
          url: `https://track.example.com/v1/click?campaign_id=${campaignId}&affiliate_id=${affiliate.id}`,
        });
      }
      expect(
        body.links.find((l: { affiliateId: string }) => l.affiliateId === suspended.id)
          .affiliateStatus,
      ).toBe('suspended');
    });

    it('answers 404 for an unknown campaign', async () => {
      expectProblem(
        await t.request({ method: 'GET', url: `/v1/campaigns/${MISSING_ID}/links` }),
        404,
        'CAMPAIGNS.CAMPAIGN_NOT_FOUND',
      );
    });

    it('answers 401 without an API key', async () => {
      const campaignId = await createCampaign();
      const response = await t.request({
        method: 'GET',
        url: `/v1/campaigns/${campaignId}/links`,
        headers: { 'x-api-key': '' },
      });
      expect(response.statusCode).toBe(401);
    });
  });
});
