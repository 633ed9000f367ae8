import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ltvApi } from '../support/ltv-api.js';
import { postbackApi } from '../support/postback-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectRedirect, trackingApi } from '../support/tracking-api.js';

describe('conversions as purchases', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);
  const postbacks = postbackApi(() => t);
  const api = ltvApi(() => t);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const convert = async (query: Record<string, string>) => {
    const campaignId = await tracking.activeCampaign();
    const affiliateId = await tracking.activeAffiliate();
    const { clickId } = expectRedirect(
      await tracking.click({ campaign_id: campaignId, affiliate_id: affiliateId }),
    );
    const postback = (extra: Record<string, string>) =>
      postbacks.send({ click_id: clickId, ...query, ...extra });
    expect((await postback({})).statusCode).toBe(200);
    await t.drainOutbox();
    return { campaignId, affiliateId, postback };
  };

  it("records a conversion naming its customer as that customer's purchase, acquired by its campaign", async () => {
    const first = await convert({ txid: 'ORD-1', revenue: '49.90', customer_id: 'buyer-1' });
    await convert({ txid: 'ORD-2', revenue: '10.00', customer_id: 'buyer-1' });
    const customer = (await api.get('/ltv/customer/buyer-1')).json();
    expect(customer.transactions).toMatchObject({ orders: 2, revenue: 59.9 });
    expect(customer.acquisition).toMatchObject({
      campaignId: first.campaignId,
      affiliateId: first.affiliateId,
    });
  });

  it('ignores conversions without a customer id', async () => {
    const [{ n: before }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM ltv_transactions');
    await convert({ txid: 'ORD-3', revenue: '5.00' });
    const [{ n: after }] = await t.dataSource.query('SELECT COUNT(*) AS n FROM ltv_transactions');
    expect(Number(after)).toBe(Number(before));
  });

  it('stops counting a conversion rejected later, and the acquisition moves with it', async () => {
    const first = await convert({ txid: 'ORD-4', revenue: '20.00', customer_id: 'buyer-2' });
    const second = await convert({ txid: 'ORD-5', revenue: '30.00', customer_id: 'buyer-2' });
    expect((await first.postback({ status: 'rejected' })).json().status).toBe('updated');
    await t.drainOutbox();
    const customer = (await api.get('/ltv/customer/buyer-2')).json();
    expect(customer.transactions).toMatchObject({ orders: 1, revenue: 30 });
    expect(customer.acquisition.campaignId).toBe(second.campaignId);
  });
});
