import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySignature } from '../../libs/retention/src/domain/webhook-signature.js';
import { walkPages } from '../support/list-pages.js';
import { expectProblem, fieldsOf } from '../support/problem-assertions.js';
import { retentionApi, startWebhookReceiver } from '../support/retention-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const NOW = new Date('2026-11-26T09:00:00Z');
const DAY = 86_400_000;
const ago = (days: number) => new Date(NOW.getTime() - days * DAY).toISOString();
const FADING = Array.from({ length: 24 }, (_, i) => `fading-${i}`);

/** Sessions with clicks on each of the given days ago. */
const visits = (customerId: string, daysAgo: number[]) =>
  daysAgo.flatMap((d) => [
    {
      eventId: `${customerId}-s-${d}`,
      customerId,
      type: 'session_start',
      occurredAt: ago(d),
      durationSeconds: 600,
    },
    { eventId: `${customerId}-c-${d}`, customerId, type: 'click', occurredAt: ago(d) },
  ]);

describe('retention from events to a campaign’s measured uplift', () => {
  let t: TestApp;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let campaign: { id: string; webhookSigningSecret: string };
  const api = retentionApi(() => t);

  beforeAll(async () => {
    t = await startTestApp({ now: NOW });
    receiver = await startWebhookReceiver([500]);
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  it('records a batch of events once by eventId and reports the refused rows', async () => {
    const batch = [
      ...visits('loyal-1', [0, 1, 2, 3, 5, 8, 13, 20]),
      { eventId: 'loyal-1-conv', customerId: 'loyal-1', type: 'conversion', occurredAt: ago(1) },
      ...FADING.flatMap((c) => visits(c, [45, 50, 55])),
      { customerId: 'x', type: 'Bad Type', occurredAt: 'yesterday' },
    ];
    const report = await api.events(batch);
    expect(report).toMatchObject({
      received: batch.length,
      recorded: batch.length - 1,
      duplicates: 0,
      rejected: 1,
    });
    expect(report.errors.map((e: { field: string }) => e.field)).toEqual([
      `events.${batch.length - 1}.type`,
      `events.${batch.length - 1}.occurredAt`,
    ]);
    const again = await api.events(visits('loyal-1', [0]));
    expect(again).toMatchObject({ recorded: 0, duplicates: 2 });
  });

  it('refuses a batch without valid events as a 422 problem', async () => {
    expectProblem(
      await t.request({ method: 'POST', url: '/v1/events', payload: { events: [] } }),
      422,
      'RETENTION.INVALID_EVENTS',
    );
    expectProblem(
      await t.request({ method: 'POST', url: '/v1/events', payload: { rows: [] } }),
      422,
      'RETENTION.INVALID_EVENTS',
    );
  });

  it('scores, segments and rates churn risk on recalculation', async () => {
    const result = await api.recalculate();
    expect(result.customers).toBe(1 + FADING.length);
    const loyal = await api.call('GET', '/retention/user/loyal-1/analysis');
    expect(loyal).toMatchObject({ segment: 'Active', riskLevel: 'low', basis: 'behaviour' });
    expect(loyal.engagementScore).toBeGreaterThan(50);
    expect(loyal.profile).toMatchObject({
      sessions: 8,
      clicks: 8,
      conversions: 1,
      totalSessionSeconds: 4800,
      averageSessionSeconds: 600,
    });
    const fading = await api.call('GET', '/retention/user/fading-0/analysis');
    expect(fading.segment).toBe('At-Risk');
    expect(['high', 'critical']).toContain(fading.riskLevel);
    expect(fading.drivers[0]).toMatchObject({ factor: 'recency', raisesRisk: true });
    expect(fading.nextBestAction.action).toBe('retention_offer');
    expectProblem(
      await t.request({ method: 'GET', url: '/retention/user/nobody/analysis' }),
      404,
      'RETENTION.CUSTOMER_NOT_FOUND',
    );
  });

  it('creates a campaign as a draft and enforces its workflow', async () => {
    campaign = await api.createCampaign({
      name: 'Win back fading visitors',
      trigger: { riskLevels: ['high', 'critical'] },
      channel: 'webhook',
      webhookUrl: receiver.url,
      offer: { type: 'discount_percent', value: 15 },
      budget: { amount: 100, currency: 'USD' },
      costPerMessage: 0.5,
      cooldownDays: 30,
      controlGroupShare: 0.5,
    });
    expect(campaign).toMatchObject({ status: 'draft', version: 1, controlGroupShare: 0.5 });
    expectProblem(
      await t.request({ method: 'POST', url: `/retention/campaigns/${campaign.id}/pause` }),
      409,
      'RETENTION.INVALID_TRANSITION',
    );
    await api.call('POST', `/retention/campaigns/${campaign.id}/activate`);
    const stale = await t.request({
      method: 'PATCH',
      url: `/retention/campaigns/${campaign.id}`,
      payload: { name: 'x', version: 1 },
    });
    expectProblem(stale, 409, 'RETENTION.VERSION_CONFLICT');
    // null is not "leave as is": the settings that cannot be empty refuse it by name.
    const nulled = await t.request({
      method: 'PATCH',
      url: `/retention/campaigns/${campaign.id}`,
      payload: { trigger: null, costPerMessage: null, schedule: null },
    });
    expect(fieldsOf(expectProblem(nulled, 422, 'RETENTION.INVALID_CAMPAIGN'))).toEqual([
      'trigger',
      'costPerMessage',
      'schedule',
    ]);
    const listed = await api.call('GET', '/retention/campaigns?status=active');
    expect(listed.data.map((c: { id: string }) => c.id)).toEqual([campaign.id]);
    // Paged like every list: newest first, one row a page here, every campaign once.
    const drafts = [];
    for (const name of ['Draft one', 'Draft two']) {
      const body = {
        name,
        trigger: { segments: ['Churned'] },
        channel: 'email',
        offer: { type: 'discount_percent', value: 10 },
      };
      drafts.push((await api.createCampaign(body)).id);
    }
    const walk = await walkPages(t, '/retention/campaigns', 'limit=1');
    expect(walk.pages.every((page) => page.length === 1)).toBe(true);
    expect(walk.ids).toEqual([...drafts.reverse(), campaign.id]);
    const invalid = await t.request({
      method: 'POST',
      url: '/retention/campaigns',
      payload: {
        name: 'n',
        trigger: {},
        channel: 'webhook',
        offer: { type: 'discount_percent', value: 150 },
      },
    });
    expectProblem(invalid, 422, 'RETENTION.INVALID_CAMPAIGN');
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
      if (campaigns.length === 2) expect(campaigns[0].group).toBe(campaigns[1].group);
    }
    expect(enrolments).toBe(FADING.length + run.enrolled);
    expect((await api.automate()).enrolled).toBe(0);
  });
});
