import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../../libs/retention/src/domain/webhook-signature.js';
import { expectProblem } from '../support/problem-assertions.js';
import { startHttpReceiver } from '../support/http-receiver.js';
import { retentionApi } from '../support/retention-api.js';
import { DAY, FADING, launchWinBackCampaign, NOW, visits } from '../support/retention-flow.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The retention flow's second part: the win-back campaign of retention-flow.e2e-spec.ts, active
 * over the same scored customers, enrols them, sends its messages, and is measured against its
 * control group.
 */
describe('retention from events to a campaign’s measured uplift', () => {
  let t: TestApp;
  let receiver: Awaited<ReturnType<typeof startHttpReceiver>>;
  let campaign: { id: string; webhookSigningSecret: string };
  const api = retentionApi(() => t);

  beforeAll(async () => {
    // The webhook receiver listens on loopback, which only the allow-list lets through.
    t = await startTestApp({ now: NOW, env: { OUTBOUND_ALLOWED_IPS: '127.0.0.1' } });
    receiver = await startHttpReceiver([500]);
    campaign = await launchWinBackCampaign(api, receiver.url);
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  it('enrols the at-risk customers once, holding out a control group that gets no message', async () => {
    await api.automate();
    const again = await api.automate();
    expect(again.enrolled).toBe(0);
    const performance = await api.call('GET', `/retention/campaign/${campaign.id}/performance`);
    expect(performance.enrolled).toBe(FADING.length);
    expect(performance.treatment).toBeGreaterThan(0);
    expect(performance.control).toBeGreaterThan(0);
    expect(performance.treatment + performance.control).toBe(FADING.length);
    const loyal = await api.call('GET', '/retention/user/loyal-1/analysis');
    expect(loyal.campaigns).toEqual([]);
  });

  it('posts each treatment message to the webhook, signed, retrying a failed post', async () => {
    const { treatment } = await api.call('GET', `/retention/campaign/${campaign.id}/performance`);
    await api.deliverWebhooks();
    t.clock.advance(60_000);
    await api.deliverWebhooks();
    const performance = await api.call('GET', `/retention/campaign/${campaign.id}/performance`);
    expect(performance.sent).toBe(treatment);
    expect(receiver.received).toHaveLength(treatment + 1);
    for (const hook of receiver.received) {
      const signature = String(hook.headers['x-retention-signature']);
      expect(
        verifySignature(campaign.webhookSigningSecret, hook.body, signature, t.clock.now()),
      ).toBe(true);
    }
    const customers = new Set(receiver.received.map((hook) => JSON.parse(hook.body).customerId));
    expect(customers.size).toBe(treatment);
  });

  it('lists the messages for their senders: the webhook ones sent, none for the control group', async () => {
    const { treatment } = await api.call('GET', `/retention/campaign/${campaign.id}/performance`);
    const page = await api.call(
      'GET',
      `/retention/campaigns/${campaign.id}/messages?status=sent&limit=500`,
    );
    expect(page.data).toHaveLength(treatment);
    expect(page.data[0]).toMatchObject({
      channel: 'webhook',
      status: 'sent',
      payload: { campaignId: campaign.id },
    });
    const first = await api.call('GET', `/retention/campaigns/${campaign.id}/messages?limit=1`);
    expect(first.nextAfter).toBe(first.data[0].messageId);
    // The receiver refused the first post: that message took a second attempt.
    expect(page.data.filter((m: { attempts: number }) => m.attempts === 2)).toHaveLength(1);
  });

  it('counts message outcomes and measures retention of treatment against control', async () => {
    const treated = [
      ...new Set(receiver.received.map((hook) => JSON.parse(hook.body).customerId as string)),
    ];
    const control = FADING.filter((c) => !treated.includes(c));
    const at = t.clock.now().toISOString();
    await api.call('POST', `/retention/campaigns/${campaign.id}/events`, {
      events: treated.flatMap((customerId) => [
        { eventId: `${customerId}-d`, customerId, type: 'delivered', occurredAt: at },
        { eventId: `${customerId}-o`, customerId, type: 'message_opened', occurredAt: at },
      ]),
    });
    await api.events([
      {
        eventId: 'click-1',
        customerId: treated[0],
        type: 'email_click',
        occurredAt: at,
        properties: { campaignId: campaign.id },
      },
      {
        eventId: 'conv-1',
        customerId: treated[0],
        type: 'conversion',
        occurredAt: at,
        properties: { campaignId: campaign.id, revenue: 40 },
      },
    ]);
    // Every treated customer comes back five days later, one of the control group too.
    t.clock.advance(5 * DAY);
    await api.events(
      [...treated, control[0]].flatMap((c) =>
        visits(c, [-5]).map((e) => ({ ...e, occurredAt: t.clock.now().toISOString() })),
      ),
    );
    t.clock.advance(26 * DAY);
    const performance = await api.call('GET', `/retention/campaign/${campaign.id}/performance`);
    expect(performance).toMatchObject({
      delivered: treated.length,
      opened: treated.length,
      clicked: 1,
      converted: 1,
      revenue: 40,
    });
    expect(performance.openRate).toBe(1);
    expect(performance.cost).toBe(treated.length * 0.5);
    expect(performance.roi).toBeCloseTo((40 - treated.length * 0.5) / (treated.length * 0.5), 3);
    expect(performance.retention.treatment).toMatchObject({
      customers: treated.length,
      retained: treated.length,
      rate: 1,
    });
    expect(performance.retention.control).toMatchObject({ customers: control.length, retained: 1 });
    expect(performance.retention.uplift).toBeCloseTo(1 - 1 / control.length, 3);
  });

  it('shows the risk distribution, segments, cohort retention and churn over time', async () => {
    await api.recalculate();
    const analytics = await api.call('GET', '/retention/analytics?days=30&periods=3');
    expect(analytics.customers).toBe(1 + FADING.length);
    expect(
      analytics.riskDistribution.reduce(
        (n: number, r: { customers: number }) => n + r.customers,
        0,
      ),
    ).toBe(analytics.customers);
    expect(analytics.segments.map((s: { segment: string }) => s.segment)).toEqual([
      'New',
      'Active',
      'At-Risk',
      'Low Engagement',
      'Churned',
    ]);
    expect(analytics.cohortRetention.cohorts.length).toBeGreaterThan(0);
    expect(analytics.churnOverTime).toHaveLength(3);
    expectProblem(
      await t.request({ method: 'GET', url: '/retention/analytics?days=0' }),
      422,
      expect.any(String) as never,
    );
  });
  it('enrols again after the cooldown, each customer in the group they had', async () => {
    const run = await api.automate();
    expect(run.enrolled).toBeGreaterThan(0);
    // loyal-1, silent for a month by now, joins for the first time.
    let enrolments = 0;
    for (const customerId of [...FADING, 'loyal-1']) {
      const { campaigns } = await api.call('GET', `/retention/user/${customerId}/analysis`);
      enrolments += campaigns.length;
      // Enrolled again, a customer keeps the group they had.
      expect(new Set(campaigns.map((c: { group: string }) => c.group)).size).toBeLessThanOrEqual(1);
    }
    expect(enrolments).toBe(FADING.length + run.enrolled);
    expect((await api.automate()).enrolled).toBe(0);
  });
});
