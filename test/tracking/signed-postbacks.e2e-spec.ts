import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectRedirect, trackingApi } from '../support/tracking-api.js';

const INVALID = 'TRACKING.INVALID_POSTBACK_TOKEN';

/**
 * Advertisers that can sign their postbacks never send the secret: the request names its key,
 * a timestamp, and an HMAC-SHA256 of `<timestamp>.<payload>` (the query string as sent, or the
 * body of a POST). A changed parameter, another key, or a signature older than 5 minutes fails.
 */
describe('signed postbacks', () => {
  let t: TestApp;
  const api = trackingApi(() => t);
  let keyId: string;
  let secret: string;
  let clickId: string;
  let advertiserId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const campaignId = await api.activeCampaign({ advertiserName: 'Signing advertiser' });
    clickId = expectRedirect(await api.click({ campaign_id: campaignId })).clickId;
    advertiserId = (await api.campaigns.get(campaignId)).advertiserId;
    const credentials = (
      await t.request({ method: 'GET', url: `/v1/advertisers/${advertiserId}/postback-url` })
    ).json();
    keyId = credentials.keyId;
    secret = credentials.signingSecret;
  });
  afterAll(() => t.close());

  const now = () => String(Math.floor(t.clock.now().getTime() / 1000));
  const sign = (payload: string, timestamp = now(), key = secret) =>
    `v1=${createHmac('sha256', key).update(`${timestamp}.${payload}`).digest('hex')}`;
  const signedGet = (query: string, headers: Record<string, string>) =>
    t.request({
      method: 'GET',
      url: `/v1/postback?${query}`,
      headers: { 'x-api-key': '', ...headers },
    });
  const headersFor = (payload: string, timestamp = now(), key = secret, id = keyId) => ({
    'x-postback-key': id,
    'x-postback-timestamp': timestamp,
    'x-postback-signature': sign(payload, timestamp, key),
  });

  it('records a GET whose query string is signed, with no token in it', async () => {
    const query = `click_id=${clickId}&txid=S-1&revenue=49.90`;
    const response = await signedGet(query, headersFor(query));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().status).toBe('recorded');
  });

  it('records a POST whose JSON body is signed as sent', async () => {
    const body = JSON.stringify({ click_id: clickId, txid: 'S-2', revenue: '10.00' });
    const response = await t.request({
      method: 'POST',
      url: '/v1/postback',
      payload: body,
      headers: { 'x-api-key': '', 'content-type': 'application/json', ...headersFor(body) },
    });
    expect(response.statusCode, response.body).toBe(200);
  });

  it('refuses a changed parameter, a body signed as another, and a key of the wrong secret', async () => {
    const query = `click_id=${clickId}&txid=S-3&revenue=49.90`;
    const tampered = query.replace('49.90', '4990.00');
    expectProblem(await signedGet(tampered, headersFor(query)), 403, INVALID);
    const other = JSON.stringify({ click_id: clickId, txid: 'S-4', revenue: '1.00' });
    const body = JSON.stringify({ click_id: clickId, txid: 'S-4', revenue: '999.00' });
    expectProblem(
      await t.request({
        method: 'POST',
        url: '/v1/postback',
        payload: body,
        headers: { 'x-api-key': '', 'content-type': 'application/json', ...headersFor(other) },
      }),
      403,
      INVALID,
    );
    expectProblem(
      await signedGet(query, headersFor(query, now(), 'a-guessed-secret')),
      403,
      INVALID,
    );
    expectProblem(
      await signedGet(query, headersFor(query, now(), secret, `${advertiserId}.2`)),
      403,
      INVALID,
    );
  });

  it('refuses a replay older than five minutes, naming the reason', async () => {
    const query = `click_id=${clickId}&txid=S-5`;
    const stale = String(Number(now()) - 301);
    const body = expectProblem(
      await signedGet(query, headersFor(query, stale)),
      403,
      'TRACKING.POSTBACK_SIGNATURE_EXPIRED',
    );
    expect(body.detail).toContain('300 s');
    const recent = String(Number(now()) - 299);
    expect((await signedGet(query, headersFor(query, recent))).statusCode).toBe(200);
  });
});
