import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { trackingApi } from '../support/tracking-api.js';

const APP = 'https://app.partner.example';
const STRANGER = 'https://evil.example';

const preflight = (
  t: TestApp,
  url: string,
  origin: string,
  method = 'POST',
  headers = 'content-type',
) =>
  t.request({
    method: 'OPTIONS',
    url,
    headers: {
      origin,
      'access-control-request-method': method,
      'access-control-request-headers': headers,
    },
  });

describe('CORS without CORS_ORIGINS (the default)', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('sends no CORS headers on the API, and refuses its preflights as a 404 problem', async () => {
    const read = await t.request({ method: 'GET', url: '/v1/campaigns', headers: { origin: APP } });
    expect(read.statusCode).toBe(200);
    expect(read.headers['access-control-allow-origin']).toBeUndefined();
    const asked = await preflight(t, '/v1/campaigns', APP, 'POST', 'x-api-key,content-type');
    expectProblem(asked, 404, 'HTTP.NOT_FOUND');
    expect(asked.headers['access-control-allow-origin']).toBeUndefined();
    const postback = await t.request({
      method: 'GET',
      url: '/v1/postback',
      headers: { origin: APP },
    });
    expect(postback.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('lets a script on any site submit a form: preflight and answer for every origin', async () => {
    const asked = await preflight(t, '/forms/submit', STRANGER);
    expect(asked.statusCode).toBe(204);
    expect(asked.headers).toMatchObject({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, HEAD, POST',
      'access-control-allow-headers': 'Content-Type, X-Request-Id',
      'access-control-max-age': '600',
    });
    expect(asked.headers['access-control-allow-credentials']).toBeUndefined();
    const submitted = await t.request({
      method: 'POST',
      url: '/forms/submit',
      headers: { origin: STRANGER, 'x-api-key': '' },
      payload: { email: 'cors@visitor.example' },
    });
    expect(submitted.statusCode, submitted.body).toBe(201);
    expect(submitted.headers['access-control-allow-origin']).toBe('*');
    expect(submitted.headers['access-control-expose-headers']).toContain('X-Request-Id');
  });

  it('answers tracking links and pixels for every origin, the click id readable', async () => {
    const campaignId = await tracking.activeCampaign();
    const pixel = await tracking.impression({ campaign_id: campaignId });
    // An <img> sends no Origin: no CORS headers; a fetch from a script does, and may read it.
    expect(pixel.headers['access-control-allow-origin']).toBeUndefined();
    expect(pixel.headers.vary).toContain('Origin');
    const fetched = await t.request({
      method: 'GET',
      url: `/v1/impression?campaign_id=${campaignId}`,
      headers: { origin: STRANGER, 'x-api-key': '' },
    });
    expect(fetched.headers['access-control-allow-origin']).toBe('*');
    const click = await tracking.click(
      { campaign_id: campaignId },
      { headers: { origin: STRANGER } },
    );
    expect(click.statusCode).toBe(302);
    expect(click.headers['access-control-allow-origin']).toBe('*');
    expect(click.headers['access-control-expose-headers']).toContain('X-Click-Id');
  });
});

describe('CORS with CORS_ORIGINS listing origins', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { CORS_ORIGINS: `${APP}, http://localhost:3000` } });
  });
  afterAll(() => t.close());

  it('lets a listed origin read answers and send the API key, and no other origin', async () => {
    const read = await t.request({ method: 'GET', url: '/v1/campaigns', headers: { origin: APP } });
    expect(read.headers['access-control-allow-origin']).toBe(APP);
    expect(read.headers.vary).toContain('Origin');
    expect(read.headers['access-control-allow-credentials']).toBeUndefined();
    const asked = await preflight(
      t,
      '/v1/campaigns',
      'http://localhost:3000',
      'PATCH',
      'x-api-key',
    );
    expect(asked.statusCode).toBe(204);
    expect(asked.headers).toMatchObject({
      'access-control-allow-origin': 'http://localhost:3000',
      'access-control-allow-methods': 'GET, HEAD, POST, PATCH, DELETE',
      'access-control-allow-headers': 'Content-Type, X-API-Key, Authorization, X-Request-Id',
    });
    const stranger = await t.request({
      method: 'GET',
      url: '/v1/campaigns',
      headers: { origin: STRANGER },
    });
    expect(stranger.headers['access-control-allow-origin']).toBeUndefined();
    const strangerAsks = await preflight(t, '/v1/campaigns', STRANGER, 'POST', 'x-api-key');
    expect(strangerAsks.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('still opens the visitor routes to every origin', async () => {
    expect(
      (await preflight(t, '/forms/submit', STRANGER)).headers['access-control-allow-origin'],
    ).toBe('*');
  });
});

describe('CORS with CORS_ORIGINS=*', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { CORS_ORIGINS: '*' } });
  });
  afterAll(() => t.close());

  it('lets every origin read the API, still without credentials', async () => {
    const read = await t.request({
      method: 'GET',
      url: '/v1/campaigns',
      headers: { origin: STRANGER },
    });
    expect(read.headers['access-control-allow-origin']).toBe('*');
    expect(read.headers['access-control-allow-credentials']).toBeUndefined();
  });
});
