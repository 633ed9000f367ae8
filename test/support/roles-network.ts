import type { InjectOptions } from 'fastify';
import { expect } from 'vitest';
import { apiKeysApi } from './api-keys-api.js';
import { postbackApi } from './postback-api.js';
import { startTestApp, type TestApp } from './test-app.js';
import { expectRedirect, trackingApi } from './tracking-api.js';

/**
 * One network for the role tests: advertisers A and B, campaign A1 of A and B1 of B,
 * affiliates X and Y. X sends a click to A1 and one to B1, Y one to A1; each click converts.
 * Keys: an affiliate key of X and an advertiser key of A. Call `start` in beforeAll and
 * `close` in afterAll; each spec file gets a network of its own.
 */
export function rolesNetwork() {
  let t: TestApp;
  const api = trackingApi(() => t);
  const postbacks = postbackApi(() => t);
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

  const start = async () => {
    t = await startTestApp();
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
      const postback = await postbacks.send({
        click_id: clickId,
        txid,
        revenue: '40',
        customer_id: `cust-${txid}`,
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
  };

  const asAffiliate = (options: InjectOptions) => keys.withKey(net.affiliateKey, options);
  const asAdvertiser = (options: InjectOptions) => keys.withKey(net.advertiserKey, options);
  const get = (url: string): InjectOptions => ({ method: 'GET', url });
  const ids = (page: { data: { id: string }[] }) => page.data.map((row) => row.id).sort();
  const analytics = (groupBy: string) =>
    get(`/v1/analytics?from=2026-11-26T00:00:00Z&to=2026-11-27T00:00:00Z&group_by=${groupBy}`);
  const groups = (report: { rows: { key: string; clicks: number }[] }) =>
    Object.fromEntries(report.rows.map((row) => [row.key, row.clicks]));

  return {
    app: () => t,
    api,
    keys,
    net,
    start,
    close: () => t.close(),
    registerAdvertiser,
    asAffiliate,
    asAdvertiser,
    get,
    ids,
    analytics,
    groups,
  };
}
