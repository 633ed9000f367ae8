import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { affiliatePostbacksApi } from '../support/affiliate-postbacks-api.js';
import { affiliatesApi } from '../support/affiliates-api.js';
import { apiKeysApi } from '../support/api-keys-api.js';
import { startHttpReceiver } from '../support/http-receiver.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectRedirect, trackingApi } from '../support/tracking-api.js';

/**
 * A failed postback must not turn the delivery log into a map of the internal network: were an
 * affiliate told which address its URL's name resolved to, or which internal address and port
 * refused it, it could probe the inside one URL at a time. The affiliate reads what went wrong
 * in general; an admin reads the detail. Only 127.0.0.2 is allowed here, where nothing listens,
 * so the receiver on 127.0.0.1 is out of bounds.
 */
describe('a failed affiliate postback, as each role reads it', () => {
  let t: TestApp;
  let receiver: Awaited<ReturnType<typeof startHttpReceiver>>;
  const api = trackingApi(() => t);
  const affiliates = affiliatesApi(() => t);
  const calls = affiliatePostbacksApi(() => t);
  const keys = apiKeysApi(() => t);

  beforeAll(async () => {
    t = await startTestApp({ env: { OUTBOUND_ALLOWED_IPS: '127.0.0.2' } });
    receiver = await startHttpReceiver([], '/pb');
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  /** Delivers a conversion to an affiliate with `postbackUrl`; the call as each role lists it. */
  const failedCallTo = async (postbackUrl: string) => {
    const { id: affiliateId } = await affiliates.register({ postbackUrl });
    const campaignId = await api.activeCampaign();
    await api.refreshDirectory();
    const { clickId } = expectRedirect(
      await api.click({ campaign_id: campaignId, affiliate_id: affiliateId }),
    );
    const { conversionId } = await calls.convert({ click_id: clickId });
    await calls.deliver();
    const [asAdmin] = await calls.list(`conversionId=${conversionId}`);
    expect(asAdmin).toMatchObject({ status: 'pending', attempts: 1, responseStatus: null });
    const affiliateKey = (await keys.create({ role: 'affiliate', affiliateId })).key;
    const response = await keys.withKey(affiliateKey, {
      method: 'GET',
      url: `/v1/affiliate-postbacks?conversionId=${conversionId}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return { asAdmin, asAffiliate: response.json().data[0], affiliateBody: response.body };
  };

  it('tells the affiliate only that the destination is not allowed; the admin sees the address', async () => {
    // `localhost` resolves to 127.0.0.1 from the hosts file: the kind of name an outsider probes.
    const { asAdmin, asAffiliate, affiliateBody } = await failedCallTo(
      `http://localhost:${receiver.port}/pb/probe?c={click_id}`,
    );
    expect(receiver.received).toEqual([]);
    expect(asAdmin.lastError).toMatch(/^destination not allowed: .*127\.0\.0\.1/);
    expect(asAffiliate).toEqual({ ...asAdmin, lastError: 'destination not allowed' });
    expect(affiliateBody).not.toMatch(/127\.0\.0\.1|localhost|loopback|private/);
  });

  it('tells the affiliate only that it could not connect; the admin sees address and port', async () => {
    const { asAdmin, asAffiliate, affiliateBody } = await failedCallTo(
      `http://127.0.0.2:${receiver.port}/pb/closed?c={click_id}`,
    );
    expect(asAdmin.lastError).toBe(
      `could not connect: connect ECONNREFUSED 127.0.0.2:${receiver.port}`,
    );
    expect(asAffiliate).toEqual({ ...asAdmin, lastError: 'could not connect' });
    expect(affiliateBody).not.toMatch(/127\.0\.0\.2|ECONNREFUSED/);
  });
});
