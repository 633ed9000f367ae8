import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RetentionJobs } from '../../libs/retention/src/infrastructure/retention-jobs.js';
import { startHttpReceiver } from '../support/http-receiver.js';
import { retentionApi } from '../support/retention-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const NOW = new Date('2026-11-26T09:00:00Z');
const DAY = 86_400_000;

describe('retention automation', () => {
  let t: TestApp;
  const api = retentionApi(() => t);

  beforeAll(async () => {
    t = await startTestApp({
      now: NOW,
      // The webhook receivers listen on loopback, which only the allow-list lets through.
      env: { RETENTION_WEBHOOK_MAX_ATTEMPTS: '2', OUTBOUND_ALLOWED_IPS: '127.0.0.1' },
    });
    await api.events(
      ['gone-1', 'gone-2'].map((customerId) => ({
        eventId: `${customerId}-s`,
        customerId,
        type: 'session_start',
        occurredAt: new Date(NOW.getTime() - 40 * DAY).toISOString(),
      })),
    );
  });
  afterAll(() => t.close());

  it('runs the recalculation and the automation once per period, across calls', async () => {
    const jobs = t.app.get(RetentionJobs);
    expect(await jobs.recalculateDaily()).toBe('ran');
    expect(await jobs.recalculateDaily()).toBe('already-done');
    expect(await jobs.automate()).toBe('ran');
    expect(await jobs.automate()).toBe('already-done');
    t.clock.advance(60 * 60_000);
    expect(await jobs.automate()).toBe('ran');
  });

  it('gives a webhook message up after the last attempt, and does not count its cost', async () => {
    const refusing = await startHttpReceiver([500, 500, 500, 500]);
    const campaign = await api.createCampaign({
      name: 'Unreachable',
      trigger: { segments: ['At-Risk'] },
      channel: 'webhook',
      webhookUrl: refusing.url,
      offer: { type: 'free_shipping', value: 0 },
      costPerMessage: 1,
      controlGroupShare: 0,
    });
    await api.call('POST', `/retention/campaigns/${campaign.id}/activate`);
    expect(await api.automate()).toMatchObject({
      enrolled: 2,
      treatment: 2,
      control: 0,
      messages: 2,
    });
    expect(await api.deliverWebhooks()).toMatchObject({ attempted: 2, sent: 0, failed: 0 });
    expect(await api.deliverWebhooks()).toMatchObject({ attempted: 0 });
    t.clock.advance(31_000);
    expect(await api.deliverWebhooks()).toMatchObject({ attempted: 2, failed: 2 });
    const performance = await api.call('GET', `/retention/campaign/${campaign.id}/performance`);
    expect(performance).toMatchObject({ enrolled: 2, sent: 0, failed: 2, cost: 0, roi: null });
    const failed = await api.call(
      'GET',
      `/retention/campaigns/${campaign.id}/messages?status=failed`,
    );
    expect(failed.data[0]).toMatchObject({ attempts: 2, lastError: 'HTTP 500' });
    await refusing.close();
  });

  it('stops enrolling when the budget cannot pay one more message', async () => {
    const campaign = await api.createCampaign({
      name: 'Small budget',
      trigger: { segments: ['At-Risk'] },
      channel: 'email',
      offer: { type: 'discount_percent', value: 10 },
      budget: { amount: 1, currency: 'USD' },
      costPerMessage: 1,
      controlGroupShare: 0,
    });
    await api.call('POST', `/retention/campaigns/${campaign.id}/activate`);
    expect(await api.automate()).toMatchObject({ enrolled: 1, messages: 1 });
    const performance = await api.call('GET', `/retention/campaign/${campaign.id}/performance`);
    expect(performance).toMatchObject({ enrolled: 1, sent: 1, cost: 1 });
  });
});
