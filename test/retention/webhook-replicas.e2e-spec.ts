import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpReceiver } from '../support/http-receiver.js';
import { retentionApi } from '../support/retention-api.js';
import { launchWinBackCampaign, NOW } from '../support/retention-flow.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { testDialect } from '../support/test-database.js';

/**
 * Two app instances on one PostgreSQL database stand for two replicas, both running webhook
 * delivery. (SQLite is single-process by design: PostgreSQL only.)
 */
describe.runIf(testDialect() === 'postgres')('retention webhooks on two replicas', () => {
  let first: TestApp;
  let second: TestApp;
  let receiver: Awaited<ReturnType<typeof startHttpReceiver>>;
  const onFirst = retentionApi(() => first);
  const onSecond = retentionApi(() => second);

  beforeAll(async () => {
    // The webhook receiver listens on loopback, which only the allow-list lets through.
    const env = { OUTBOUND_ALLOWED_IPS: '127.0.0.1' };
    first = await startTestApp({ now: NOW, env });
    second = await startTestApp({ now: NOW, env, replicaOf: first });
    receiver = await startHttpReceiver();
  });
  afterAll(async () => {
    await second.close();
    await first.close();
    await receiver.close();
  });

  it('posts each message once when both deliver at the same moment', async () => {
    const campaign = await launchWinBackCampaign(onFirst, receiver.url);
    await onFirst.automate();
    const { treatment } = await onFirst.call(
      'GET',
      `/retention/campaign/${campaign.id}/performance`,
    );
    expect(treatment).toBeGreaterThan(1);
    await Promise.all([onFirst.deliverWebhooks(), onSecond.deliverWebhooks()]);
    const messageIds = receiver.received.map((hook) => hook.headers['x-retention-message-id']);
    expect(messageIds).toHaveLength(treatment);
    expect(new Set(messageIds).size).toBe(treatment);
  });
});
