import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

const campaign = {
  name: 'To be reset',
  advertiserName: 'Acme',
  offerUrl: 'https://offers.example.com/?c={click_id}',
  payout: { model: 'CPA', amount: 5, currency: 'USD' },
};

describe('POST /v1/reset in debug mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('empties the business data and keeps the API keys', async () => {
    expect(
      (await t.request({ method: 'POST', url: '/v1/campaigns', payload: campaign })).statusCode,
    ).toBe(201);
    const reset = await t.request({ method: 'POST', url: '/v1/reset' });
    expect(reset.statusCode).toBe(200);
    expect(reset.json().emptiedTables).toEqual(
      expect.arrayContaining(['campaigns', 'affiliates', 'outbox_events']),
    );
    expect(reset.json().emptiedTables).not.toContain('api_keys');
    expect((await t.request({ method: 'GET', url: '/v1/campaigns' })).json().data).toEqual([]);
  });
});

describe('POST /v1/reset outside debug mode', () => {
  it('does not exist (404)', async () => {
    const t = await startTestApp({ env: { DEBUG: 'false', SECRET_KEY: 'k'.repeat(40) } });
    try {
      await t.request({ method: 'POST', url: '/v1/campaigns', payload: campaign });
      const response = await t.request({ method: 'POST', url: '/v1/reset' });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'HTTP.NOT_FOUND' });
      expect((await t.request({ method: 'GET', url: '/v1/campaigns' })).json().data).toHaveLength(
        1,
      );
    } finally {
      await t.close();
    }
  });
});

describe('mock landing pages', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('show the parameters they were reached with, HTML-escaped', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/mock-offer-page?click_id=abc&sub1=%3Cscript%3E',
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('abc');
    expect(response.body).toContain('&lt;script&gt;');
    expect(response.body).not.toContain('<script>');
    expect((await t.request({ method: 'GET', url: '/mock-safe-page' })).body).toContain(
      'Mock safe page',
    );
  });
});
