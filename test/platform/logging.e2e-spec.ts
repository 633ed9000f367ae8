import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_API_KEY, type TestApp } from '../support/test-app.js';
import { trackingApi } from '../support/tracking-api.js';

interface LogLine {
  reqId?: string;
  req?: { method: string; url: string; headers?: unknown; remoteAddress?: string };
  res?: { statusCode: number };
  msg: string;
}

describe('request logs', () => {
  const lines: string[] = [];
  let t: TestApp;
  const tracking = trackingApi(() => t);
  beforeAll(async () => {
    t = await startTestApp({
      env: { LOG_LEVEL: 'debug' },
      logDestination: { write: (line) => void lines.push(line) },
    });
  });
  afterAll(() => t.close());

  const entries = () => lines.map((line) => JSON.parse(line) as LogLine);
  const completed = (reqId: string) =>
    entries().find((entry) => entry.reqId === reqId && entry.msg === 'request completed');

  it('are JSON lines tagged with the request id, and never hold the API key', async () => {
    await t.request({
      method: 'GET',
      url: '/v1/campaigns',
      headers: { 'x-request-id': 'trace-42', authorization: `Bearer ${TEST_API_KEY}` },
    });
    expect(completed('trace-42')).toMatchObject({
      req: { method: 'GET', url: '/v1/campaigns' },
      res: { statusCode: 200 },
    });
    expect(completed('trace-42')!.req!.headers).toBeUndefined();
    expect(lines.filter((line) => line.includes(TEST_API_KEY))).toEqual([]);
  });

  it('hides postback tokens and keys in logged URLs', async () => {
    await t.request({
      method: 'GET',
      url: '/v1/postback?token=very-secret-token&click_id=x',
      headers: { 'x-request-id': 'trace-43' },
    });
    expect(completed('trace-43')?.req?.url).toBe('/v1/postback?token=[redacted]&click_id=x');
    expect(lines.filter((line) => line.includes('very-secret-token'))).toEqual([]);
  });

  it("hides a customer's id in the path of the routes that name one", async () => {
    for (const [url, reqId] of [
      ['/ltv/customer/cust-hidden-77', 'trace-46'],
      ['/retention/user/cust-hidden-77/analysis', 'trace-47'],
      ['/v1/customers/cust-hidden-77/journey', 'trace-48'],
    ]) {
      const response = await t.request({ method: 'GET', url, headers: { 'x-request-id': reqId } });
      expect(response.statusCode, url).toBeLessThan(500);
      expect(completed(reqId)?.req?.url, url).toContain('[redacted]');
    }
    expect(lines.filter((line) => line.includes('cust-hidden-77'))).toEqual([]);
  });

  it('write no line for a click that went well: the click path stays fast', async () => {
    const campaignId = await tracking.activeCampaign();
    const response = await tracking.click(
      { campaign_id: campaignId },
      { headers: { 'x-request-id': 'trace-44' } },
    );
    expect(response.statusCode).toBe(302);
    expect(completed('trace-44')).toBeUndefined();
    await t.request({ method: 'GET', url: '/v1/click', headers: { 'x-request-id': 'trace-45' } });
    expect(completed('trace-45')).toBeUndefined();
    // The same quiet does not extend to other routes.
    await t.request({ method: 'GET', url: '/v1/clicks', headers: { 'x-request-id': 'trace-46' } });
    expect(completed('trace-46')).toBeDefined();
  });
});

describe('request logs behind one proxy (TRUST_PROXY=1)', () => {
  const lines: string[] = [];
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      env: { LOG_LEVEL: 'debug', TRUST_PROXY: '1' },
      logDestination: { write: (line) => void lines.push(line) },
    });
  });
  afterAll(() => t.close());

  const loggedAddress = async (requestId: string, forwardedFor: string) => {
    await t.request({
      method: 'GET',
      url: '/v1/health',
      remoteAddress: '10.0.0.1',
      headers: { 'x-request-id': requestId, 'x-forwarded-for': forwardedFor },
    });
    const entry = lines
      .map((line) => JSON.parse(line) as LogLine)
      .find((line) => line.reqId === requestId && line.msg === 'request completed');
    return entry?.req?.remoteAddress;
  };

  it('log the visitor the proxy saw, not a forged first X-Forwarded-For entry', async () => {
    expect(await loggedAddress('trace-50', '9.9.9.9, 81.2.69.142')).toBe('81.2.69.142');
  });

  it('log the proxy, not a forwarded value that is no address', async () => {
    expect(await loggedAddress('trace-51', '<script>')).toBe('10.0.0.1');
  });
});
