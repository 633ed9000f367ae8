import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postbackApi } from '../support/postback-api.js';
import { startTestApp, TEST_API_KEY, type TestApp } from '../support/test-app.js';
import { expectRedirect, trackingApi } from '../support/tracking-api.js';

/**
 * Every log line the app writes at the most verbose level, while callers send API keys and
 * postback tokens every way they can: headers, query strings (spelled as the parser reads
 * them), JSON and form bodies, on successes, refusals and a server error.
 */
describe('secrets never reach the log', () => {
  const lines: string[] = [];
  let t: TestApp;
  let token: string;
  let clickId: string;
  const tracking = trackingApi(() => t);

  beforeAll(async () => {
    t = await startTestApp({
      env: { LOG_LEVEL: 'trace' },
      logDestination: { write: (line) => void lines.push(line) },
    });
    const campaignId = await tracking.activeCampaign();
    clickId = expectRedirect(await tracking.click({ campaign_id: campaignId })).clickId;
    token = await postbackApi(() => t).tokenFor(clickId);
  });
  afterAll(() => t.close());

  const leaks = (secret: string) => lines.filter((line) => line.includes(secret));
  const postback = (url: string, body?: { type: string; payload: string }) =>
    t.request({
      method: body ? 'POST' : 'GET',
      url,
      headers: { 'x-api-key': '', ...(body ? { 'content-type': body.type } : {}) },
      ...(body ? { payload: body.payload } : {}),
    });

  it('writes no API key, sent in a header, as a bearer token or in the query string', async () => {
    const sent = [
      await t.request({ method: 'GET', url: '/v1/campaigns' }),
      await t.request({
        method: 'GET',
        url: '/v1/affiliates',
        headers: { 'x-api-key': '', authorization: `Bearer ${TEST_API_KEY}` },
      }),
      await t.request({ method: 'GET', url: `/v1/clicks?api_key=${TEST_API_KEY}` }),
      await t.request({ method: 'GET', url: `/v1/clicks?Key=${TEST_API_KEY}&limit=1` }),
      await t.request({
        method: 'GET',
        url: '/v1/campaigns',
        headers: { 'x-api-key': 'ak_not-a-key-but-secret-all-the-same' },
      }),
    ];
    expect(sent.map((response) => response.statusCode)).toEqual([200, 200, 422, 422, 401]);
    expect(
      lines.filter((line) => line.includes('request completed')).length,
    ).toBeGreaterThanOrEqual(5);
    expect(leaks(TEST_API_KEY)).toEqual([]);
    expect(leaks('ak_not-a-key-but-secret-all-the-same')).toEqual([]);
  });

  it('writes no postback token, in the query string, a JSON body or a form', async () => {
    const answers = [
      await postback(`/v1/postback?token=${token}&click_id=${clickId}&txid=Q1`),
      await postback(`/v1/postback?%74oken=${token}&click_id=${clickId}&txid=Q2`),
      await postback('/v1/postback', {
        type: 'application/json',
        payload: JSON.stringify({ token, click_id: clickId, txid: 'J1' }),
      }),
      await postback('/v1/postback', {
        type: 'application/x-www-form-urlencoded',
        payload: new URLSearchParams({ token, click_id: clickId, txid: 'F1' }).toString(),
      }),
      await postback(`/v1/postback?token=${token}x&click_id=${clickId}`),
      await postback(`/v1/postback?token=${token}&click_id=${clickId}&revenue=lots`),
    ];
    expect(answers.map((response) => response.statusCode)).toEqual([200, 200, 200, 200, 403, 422]);
    // The token's last part is the advertiser's secret; the rest names the advertiser.
    expect(leaks(token.split('.').at(-1)!)).toEqual([]);
  });

  it('writes the error of a request that fails on the server, but not the secrets it carried', async () => {
    const before = lines.length;
    await t.dataSource.destroy();
    try {
      const failed = await postback('/v1/postback', {
        type: 'application/json',
        payload: JSON.stringify({ token, click_id: clickId, txid: 'E1' }),
      });
      expect(failed.statusCode).toBe(500);
    } finally {
      await t.dataSource.initialize();
    }
    const written = lines.slice(before).map((line) => JSON.parse(line) as { level: number });
    expect(written.filter((entry) => entry.level >= 50).length).toBeGreaterThanOrEqual(2);
    expect(leaks(token)).toEqual([]);
    expect(leaks(TEST_API_KEY)).toEqual([]);
  });
});
