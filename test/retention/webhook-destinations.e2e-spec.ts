import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseConfig } from '@app/platform';
import { startHttpReceiver } from '../support/http-receiver.js';
import { expectProblem } from '../support/problem-assertions.js';
import { retentionApi } from '../support/retention-api.js';
import { launchWinBackCampaign, NOW, winBackCampaign } from '../support/retention-flow.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createRestartableTestDatabase } from '../support/test-database.js';

interface MessageRow {
  status: string;
  attempts: number;
  lastError: string | null;
}

/** A webhook campaign's messages, as an admin lists them. */
const messagesOf = async (api: ReturnType<typeof retentionApi>, campaignId: string) =>
  (await api.call('GET', `/retention/campaigns/${campaignId}/messages?limit=500`))
    .data as MessageRow[];

/**
 * A retention webhook URL is chosen by whoever edits the campaign, so the platform posts only to
 * public addresses: loopback, private and link-local ones are refused when the campaign is saved
 * and again when a message is posted, and a redirect is never followed. The receiver listens on
 * loopback, which only OUTBOUND_ALLOWED_IPS lets through.
 */
describe('retention webhooks reach only vetted destinations', () => {
  let receiver: Awaited<ReturnType<typeof startHttpReceiver>>;
  let strict: TestApp;
  let allowing: TestApp;
  const onStrict = retentionApi(() => strict);
  const onAllowing = retentionApi(() => allowing);

  beforeAll(async () => {
    receiver = await startHttpReceiver([], '/hooks');
    strict = await startTestApp({ now: NOW });
    allowing = await startTestApp({ now: NOW, env: { OUTBOUND_ALLOWED_IPS: '127.0.0.1' } });
  });
  afterAll(async () => {
    await strict?.close();
    await allowing?.close();
    await receiver.close();
  });

  const expectWebhookRefused = (
    response: Awaited<ReturnType<TestApp['request']>>,
    reason: RegExp,
  ) => {
    const body = expectProblem(response, 422, 'RETENTION.INVALID_CAMPAIGN');
    expect(body.errors).toEqual([{ field: 'webhookUrl', message: expect.stringMatching(reason) }]);
  };

  it('refuses a loopback webhook URL when the campaign is saved, by address or by name', async () => {
    const create = (webhookUrl: string) =>
      strict.request({
        method: 'POST',
        url: '/retention/campaigns',
        payload: winBackCampaign(webhookUrl),
      });
    expectWebhookRefused(await create(`${receiver.url}/saved`), /127\.0\.0\.1.*loopback/);
    expectWebhookRefused(
      await create(`http://localhost:${receiver.port}/hooks/saved`),
      /localhost.*127\.0\.0\.1.*loopback/,
    );
    // An email campaign may not be turned into a webhook one towards loopback either.
    const email = await onStrict.createCampaign({
      ...winBackCampaign(`https://hooks.example/unused`),
      channel: 'email',
      webhookUrl: null,
    });
    expectWebhookRefused(
      await strict.request({
        method: 'PATCH',
        url: `/retention/campaigns/${email.id}`,
        payload: { channel: 'webhook', webhookUrl: `${receiver.url}/patched` },
      }),
      /loopback/,
    );
    expect(receiver.received).toEqual([]);
  });

  it('refuses the cloud metadata address at save, allow-list or not, without connecting', async () => {
    // A literal address is judged as written: no DNS, no connection, whatever answers there.
    for (const app of [strict, allowing]) {
      expectWebhookRefused(
        await app.request({
          method: 'POST',
          url: '/retention/campaigns',
          payload: winBackCampaign('http://169.254.169.254/latest/meta-data/iam'),
        }),
        /169\.254\.169\.254.*link-local/,
      );
    }
  });

  it('does not follow a redirect from the webhook, even to an allowed address', async () => {
    receiver.redirectOn('/hooks/moving', `http://127.0.0.1:${receiver.port}/hooks/moved`);
    const campaign = await launchWinBackCampaign(onAllowing, `${receiver.url}/moving`);
    await onAllowing.automate();
    await onAllowing.deliverWebhooks();
    const paths = receiver.received.map((hook) => hook.path);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((path) => path === '/hooks/moving')).toBe(true);
    const messages = await messagesOf(onAllowing, campaign.id);
    expect(messages.length).toBe(paths.length);
    for (const message of messages) {
      expect(message).toMatchObject({ status: 'pending', attempts: 1, lastError: 'HTTP 302' });
    }
  });
});

describe('a retention webhook allowed when saved but refused when posted', () => {
  let receiver: Awaited<ReturnType<typeof startHttpReceiver>>;
  let database: { config: DatabaseConfig; drop: () => Promise<void> };
  let app: TestApp | undefined;
  const api = retentionApi(() => app!);

  beforeAll(async () => {
    receiver = await startHttpReceiver([], '/hooks');
    database = await createRestartableTestDatabase();
  });
  afterAll(async () => {
    await app?.close();
    await database.drop();
    await receiver.close();
  });

  it('records the refusal and never calls the URL once the address is no longer allowed', async () => {
    app = await startTestApp({
      now: NOW,
      database: database.config,
      env: { OUTBOUND_ALLOWED_IPS: '127.0.0.1' },
    });
    const campaign = await launchWinBackCampaign(api, `${receiver.url}/later`);
    const run = await api.automate();
    expect(run.enrolled).toBeGreaterThan(0);
    // The operator takes the address off the allow-list and restarts: the check at posting time
    // is what stops the messages already waiting (as it stops a name whose DNS changed).
    await app.close();
    app = await startTestApp({ now: NOW, database: database.config });
    await api.deliverWebhooks();
    expect(receiver.received).toEqual([]);
    const messages = await messagesOf(api, campaign.id);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message).toMatchObject({ status: 'pending', attempts: 1 });
      expect(message.lastError).toMatch(/^destination not allowed: .*127\.0\.0\.1/);
    }
  });
});
