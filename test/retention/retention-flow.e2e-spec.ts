import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { walkPages } from '../support/list-pages.js';
import { expectProblem, fieldsOf } from '../support/problem-assertions.js';
import { startHttpReceiver } from '../support/http-receiver.js';
import { retentionApi } from '../support/retention-api.js';
import { FADING, HISTORY, NOW, visits, winBackCampaign } from '../support/retention-flow.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The retention flow's first part: events recorded, customers scored, the win-back campaign
 * created and taken through its workflow. What the running campaign does, from enrolment to
 * the measured uplift, is retention-flow-campaign-run.e2e-spec.ts.
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
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  it('records a batch of events once by eventId and reports the refused rows', async () => {
    const batch = [...HISTORY, { customerId: 'x', type: 'Bad Type', occurredAt: 'yesterday' }];
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
    expect(loyal).toMatchObject({ segment: 'Active', riskLevel: 'low', basis: 'visitors-priors' });
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
    campaign = await api.createCampaign(winBackCampaign(receiver.url));
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
});
