import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectRedirect, trackingApi } from '../support/tracking-api.js';

describe('a data reset', () => {
  let t: TestApp;
  const api = trackingApi(() => t);
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('stops clicks reaching the campaigns it deleted (the click path forgets its caches)', async () => {
    const campaignId = await api.activeCampaign();
    expectRedirect(await api.click({ campaign_id: campaignId }));
    expect((await t.request({ method: 'POST', url: '/v1/reset' })).statusCode).toBe(200);
    // The caches are dropped by an in-process event right after the reset answers.
    let status = 0;
    for (let attempt = 0; attempt < 20 && status !== 404; attempt += 1) {
      status = (await api.click({ campaign_id: campaignId })).statusCode;
      if (status !== 404) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(status).toBe(404);
  });
});
