import { expect } from 'vitest';
import { leadsApi } from '../leads-api.js';
import { postbackApi } from '../postback-api.js';
import { retentionApi } from '../retention-api.js';
import type { TestApp } from '../test-app.js';
import { expectRedirect, trackingApi } from '../tracking-api.js';
import type { Fixtures } from './hostile-requests.js';

/**
 * One stored resource of every kind the API names by id, made through the API, so that the
 * walker's baseline requests reach the code behind "not found".
 */
export async function walkerFixtures(t: TestApp): Promise<Fixtures> {
  const tracking = trackingApi(() => t);
  const leads = leadsApi(() => t);
  const campaignId = await tracking.activeCampaign();
  const affiliateId = await tracking.activeAffiliate();
  const { clickId } = expectRedirect(
    await tracking.click({ campaign_id: campaignId, affiliate_id: affiliateId }),
  );
  const token = await postbackApi(() => t).tokenFor(clickId);
  const postback = await t.request({
    method: 'GET',
    url: `/v1/postback?token=${token}&click_id=${clickId}&txid=FIXTURE-1`,
  });
  expect(postback.statusCode, postback.body).toBe(200);
  const conversionId = postback.json().conversionId as string;
  // A customer with a journey: a click carrying the id and a conversion naming it.
  const customerId = 'walker-customer-1';
  const { clickId: customerClickId } = expectRedirect(
    await tracking.click({
      campaign_id: campaignId,
      affiliate_id: affiliateId,
      external_id: customerId,
    }),
  );
  const customerPostback = await t.request({
    method: 'GET',
    url: `/v1/postback?token=${token}&click_id=${customerClickId}&txid=FIXTURE-2&customer_id=${customerId}`,
  });
  expect(customerPostback.statusCode, customerPostback.body).toBe(200);
  const blocked = await tracking.block('ip', '192.0.2.0/24');
  const form = await leads.createForm({
    name: 'Walker form',
    fields: [
      { name: 'email', type: 'email' },
      { name: 'budget', type: 'select', options: ['< 1k', '1k-10k', '> 10k'] },
    ],
  });
  const lead = await leads.accepted({ email: 'walker@fixtures.example', click_id: clickId });
  const retention = await retentionApi(() => t).createCampaign({
    name: 'Walker retention campaign',
    trigger: { riskLevels: ['high', 'critical'] },
    channel: 'email',
    offer: { type: 'discount_percent', value: 15 },
  });
  const erasure = await t.request({
    method: 'POST',
    url: '/v1/privacy/erasures',
    payload: { customerId: 'walker-customer' },
  });
  expect(erasure.statusCode, erasure.body).toBe(202);

  const advertiser = await t.request({
    method: 'POST',
    url: '/v1/advertisers',
    payload: { name: 'Walker advertiser' },
  });
  expect(advertiser.statusCode, advertiser.body).toBe(201);
  const advertiserId = advertiser.json().id as string;
  // A key of its own to revoke: the walker's requests carry the environment's admin key.
  const apiKey = await t.request({
    method: 'POST',
    url: '/v1/api-keys',
    payload: { name: 'Walker key', role: 'admin' },
  });
  expect(apiKey.statusCode, apiKey.body).toBe(201);

  const ids: [RegExp, string][] = [
    [/^\/v1\/advertisers\/\{id\}/, advertiserId],
    [/^\/v1\/api-keys\/\{id\}/, apiKey.json().id],
    [/^\/v1\/campaigns\/\{id\}/, campaignId],
    [/^\/v1\/affiliates\/\{id\}/, affiliateId],
    [/^\/v1\/click\/\{id\}/, clickId],
    [/^\/v1\/conversions\/\{id\}/, conversionId],
    [/^\/v1\/tracking\/blocklists\/\{id\}/, blocked.id],
    [/^\/forms\/lead\/\{id\}/, lead.leadId],
    [/^\/forms\/\{id\}/, form.id],
    [/^\/retention\/campaigns?\/\{id\}/, retention.id],
    [/^\/v1\/privacy\/erasures\/\{id\}/, erasure.json().id],
    [/^\/v1\/customers\/\{customerId\}/, customerId],
  ];
  const values: Record<string, string> = {
    campaign_id: campaignId,
    campaignId,
    affiliate_id: affiliateId,
    affiliateId,
    advertiserId,
    click_id: clickId,
    token,
    form_id: form.id,
  };
  return {
    idFor: (path) => ids.find(([pattern]) => pattern.test(path))?.[1],
    valueFor: (name) => values[name],
    adjustBody: (operationId, body) => {
      // The rule example names a field the field example does not create.
      if (operationId === 'createForm' || operationId === 'updateForm')
        return { ...(body as object), validationRules: [{ field: 'budget', rule: 'required' }] };
      // The built-in contact form, so that the example fields are the form's own.
      if (operationId === 'submitForm') return { ...(body as object), form_id: 'contact' };
      // The example is an affiliate key: it names the affiliate, not an advertiser too.
      if (operationId === 'createApiKey') return { ...(body as object), advertiserId: null };
      return body;
    },
  };
}
