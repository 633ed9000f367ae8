import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retentionApi } from '../support/retention-api.js';
import { postbackApi } from '../support/postback-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectRedirect, trackingApi } from '../support/tracking-api.js';

describe('tracked conversions as engagement', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);
  const postbacks = postbackApi(() => t);
  const api = retentionApi(() => t);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const convert = async (query: Record<string, string>) => {
    const { clickId } = expectRedirect(
      await tracking.click({
        campaign_id: await tracking.activeCampaign(),
        affiliate_id: await tracking.activeAffiliate(),
      }),
    );
    const response = await postbacks.send({ click_id: clickId, ...query });
    expect(response.statusCode, response.body).toBe(200);
  };

  it("counts a conversion naming its customer in that customer's engagement, once", async () => {
    await convert({ txid: 'R-1', revenue: '20.00', customer_id: 'buyer-r1' });
    await t.drainOutbox();
    await t.drainOutbox();
    const analysis = await api.call('GET', '/retention/user/buyer-r1/analysis');
    expect(analysis.profile).toMatchObject({ conversions: 1, events: 1 });
    expect(analysis.scoreBreakdown.signals.conversions.points).toBeGreaterThan(0);
  });

  it('ignores conversions without a customer id', async () => {
    const [{ n: before }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM retention_events');
    await convert({ txid: 'R-2', revenue: '5.00' });
    await t.drainOutbox();
    const [{ n: after }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM retention_events');
    expect(Number(after)).toBe(Number(before));
  });

  it('empties retention data on a data reset', async () => {
    expect((await t.request({ method: 'POST', url: '/v1/reset' })).statusCode).toBe(200);
    const [{ n }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM retention_events');
    expect(Number(n)).toBe(0);
    expect(
      (await t.request({ method: 'GET', url: '/retention/user/buyer-r1/analysis' })).statusCode,
    ).toBe(404);
  });
});
