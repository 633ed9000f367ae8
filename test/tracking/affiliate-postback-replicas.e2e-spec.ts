import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { affiliatePostbacksApi } from '../support/affiliate-postbacks-api.js';
import { affiliatesApi } from '../support/affiliates-api.js';
import { startHttpReceiver } from '../support/http-receiver.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { testDialect } from '../support/test-database.js';
import { expectRedirect, trackingApi } from '../support/tracking-api.js';

/**
 * Two app instances on one PostgreSQL database stand for two replicas behind a load balancer,
 * both running the delivery job. (SQLite is single-process by design: PostgreSQL only.)
 */
describe.runIf(testDialect() === 'postgres')('affiliate postbacks on two replicas', () => {
  const env = { OUTBOUND_ALLOWED_IPS: '127.0.0.1' };
  let first: TestApp;
  let second: TestApp;
  let receiver: Awaited<ReturnType<typeof startHttpReceiver>>;
  const api = trackingApi(() => first);
  const affiliates = affiliatesApi(() => first);
  const onFirst = affiliatePostbacksApi(() => first);
  const onSecond = affiliatePostbacksApi(() => second);

  beforeAll(async () => {
    first = await startTestApp({ env });
    second = await startTestApp({ env, replicaOf: first });
    receiver = await startHttpReceiver([], '/pb');
  });
  afterAll(async () => {
    await second.close();
    await first.close();
    await receiver.close();
  });

  it('makes each call once when both deliver at the same moment', async () => {
    const { id: affiliateId } = await affiliates.register({
      postbackUrl: `${receiver.url}/shared?click={click_id}`,
    });
    const campaignId = await api.activeCampaign();
    await api.refreshDirectory();
    const clickIds: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const { clickId } = expectRedirect(
        await api.click({ campaign_id: campaignId, affiliate_id: affiliateId }),
      );
      await onFirst.convert({ click_id: clickId });
      clickIds.push(clickId);
    }
    await first.drainOutbox();
    await Promise.all([onFirst.deliver(), onSecond.deliver()]);

    const called = receiver.pathsUnder('/pb/shared').map((path) => path.split('click=')[1]);
    expect(called.sort()).toEqual(clickIds.sort());
    const log = await onFirst.list(`affiliateId=${affiliateId}&limit=50`);
    expect(log.map((call) => [call.status, call.attempts])).toEqual(
      clickIds.map(() => ['sent', 1]),
    );
  });
});
