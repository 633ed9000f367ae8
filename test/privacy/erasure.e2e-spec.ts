import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leadsApi } from '../support/leads-api.js';
import { outboxEvents } from '../support/outbox-events.js';
import { privacyApi, rowsAffected } from '../support/privacy-api.js';
import { expectProblem } from '../support/problem-assertions.js';
import { retentionApi } from '../support/retention-api.js';
import { postbackApi } from '../support/postback-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { testDialect } from '../support/test-database.js';
import { expectRedirect, trackingApi } from '../support/tracking-api.js';
import { storedClick } from '../support/tracking-rows.js';

const ERASED = 'cust-ada-42';
const KEPT = 'cust-bob-77';
const ERASED_EMAIL = 'ada@analytical-engines.co.uk';
const KEPT_EMAIL = 'bob@example.org';

describe('erasing a customer across contexts', () => {
  let t: TestApp;
  let token: string;
  const tracking = trackingApi(() => t);
  const leads = leadsApi(() => t);
  const retention = retentionApi(() => t);
  const { erase, erasure, eraseAndWait } = privacyApi(() => t);
  const clicks: Record<string, string> = {};
  const leadIds: Record<string, string> = {};
  let retentionCampaignId: string;

  const p = (n: number) => (testDialect() === 'postgres' ? `$${n}` : '?');
  const rowsOf = async (table: string, customerId: string) =>
    Number(
      (
        await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table} WHERE customer_id = ${p(1)}`, [
          customerId,
        ])
      )[0].n,
    );

  beforeAll(async () => {
    t = await startTestApp();
    const campaignId = await tracking.activeCampaign();
    token = await postbackApi(() => t).tokenOfCampaign(campaignId);
    for (const [customer, ip] of [
      [ERASED, '203.0.113.77'],
      [KEPT, '2001:db8::7'],
    ]) {
      clicks[customer] = expectRedirect(
        await tracking.click(
          { campaign_id: campaignId, external_id: `visit-${customer}`, sub1: customer },
          { ip, referer: `https://blog.example.net/${customer}` },
        ),
      ).clickId;
      const postback = await t.request({
        method: 'GET',
        url: `/v1/postback?${new URLSearchParams({ token, click_id: clicks[customer], txid: `order-${customer}`, revenue: '40', currency: 'USD', customer_id: customer })}`,
        headers: { 'x-api-key': '' },
      });
      expect(postback.statusCode, postback.body).toBe(200);
    }
    for (const [customer, email] of [
      [ERASED, ERASED_EMAIL],
      [KEPT, KEPT_EMAIL],
    ]) {
      leadIds[customer] = (await leads.accepted({ email, first_name: 'Someone' })).leadId;
    }
    await retention.events(
      [ERASED, KEPT].map((customerId) => ({
        eventId: `login-${customerId}`,
        customerId,
        type: 'login',
        occurredAt: '2026-11-25T10:00:00Z',
      })),
    );
    // Conversions reach LTV and retention through the outbox.
    await t.drainOutbox();
    await retention.recalculate();
    const campaign = await retention.createCampaign({
      name: 'Everyone',
      trigger: { riskLevels: ['low', 'medium', 'high', 'critical'] },
      channel: 'email',
      offer: { type: 'discount_percent', value: 10 },
      costPerMessage: 1,
      controlGroupShare: 0,
    });
    retentionCampaignId = campaign.id;
    await retention.call('POST', `/retention/campaigns/${campaign.id}/activate`);
    expect(await retention.automate()).toMatchObject({ enrolled: 2, messages: 2 });
  });
  afterAll(() => t.close());

  it('answers 202 with a pending audit that names the requester and no personal data', async () => {
    const response = await erase({ customerId: 'cust-pending-1', email: 'Pending@Example.com' });
    expect(response.statusCode, response.body).toBe(202);
    const body = response.json();
    expect(body).toMatchObject({
      id: expect.any(String),
      status: 'pending',
      subject: {
        customerIdHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        emailHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
      requestedBy: { apiKeyId: null, name: 'API_KEY (environment)' },
      requestedAt: '2026-11-26T09:00:00.000Z',
      completedAt: null,
    });
    expect(body.contexts.map((step: { context: string }) => step.context)).toEqual([
      'leads',
      'ltv',
      'retention',
      'tracking',
    ]);
    expect(body.contexts.every((step: { status: string }) => step.status === 'pending')).toBe(true);
    expect(response.body).not.toMatch(/cust-pending-1|pending@example\.com/i);
    await t.drainOutbox();
    expect((await erasure(body.id)).status).toBe('completed');
  });

  it("removes the customer's personal data in every context, and no one else's", async () => {
    const ltvBefore = await rowsOf('ltv_transactions', ERASED);
    expect(ltvBefore).toBe(1);
    const performanceBefore = await retention.call(
      'GET',
      `/retention/campaign/${retentionCampaignId}/performance`,
    );

    const audit = await eraseAndWait({ customerId: ERASED, email: ERASED_EMAIL.toUpperCase() });
    expect(audit.status).toBe('completed');
    expect(audit.completedAt).toEqual(expect.any(String));
    expect(audit.contexts.every((step: { status: string }) => step.status === 'completed')).toBe(
      true,
    );
    // tracking: the conversion, its click and the sub1 counters keyed by the customer id (the
    // click's sub1), moved to "(erased)"; leads: the lead and its submission; ltv: the
    // customer and their purchase; retention: two events (the login and the tracked
    // conversion), the prediction, the enrolment and the message.
    expect(rowsAffected(audit)).toEqual({ tracking: 3, leads: 2, ltv: 2, retention: 5 });

    // Tracking: the click keeps its campaign and country but not the visitor.
    expect(await storedClick(t, clicks[ERASED])).toMatchObject({
      ip: null,
      userAgent: null,
      referrer: null,
      externalId: null,
      sub1: null,
      destinationKind: 'offer',
      // The filled offer URL carried the sub ids: only the offer's site stays.
      destination: 'https://offers.example.com/',
    });
    const conversions = (await t.request({ method: 'GET', url: '/v1/conversions' })).json()
      .data as { clickId: string; customerId: string | null }[];
    expect(conversions.find((c) => c.clickId === clicks[ERASED])?.customerId).toBeNull();
    expect(conversions.find((c) => c.clickId === clicks[KEPT])?.customerId).toBe(KEPT);
    expect(await storedClick(t, clicks[KEPT])).toMatchObject({
      ip: '2001:db8::7',
      externalId: `visit-${KEPT}`,
      sub1: KEPT,
    });

    // Leads: erased like DELETE /forms/lead/{id}.
    expect(await leads.getLead(leadIds[ERASED])).toMatchObject({ erased: true, email: null });
    expect(await leads.getLead(leadIds[KEPT])).toMatchObject({ erased: false, email: KEPT_EMAIL });

    // LTV: the customer is gone under their id; the purchase stays under a pseudonym.
    expectProblem(
      await t.request({ method: 'GET', url: `/ltv/customer/${ERASED}` }),
      404,
      'LTV.CUSTOMER_NOT_FOUND',
    );
    expect((await t.request({ method: 'GET', url: `/ltv/customer/${KEPT}` })).statusCode).toBe(200);
    expect(await rowsOf('ltv_transactions', ERASED)).toBe(0);
    const [{ n: pseudonymised }] = await t.dataSource.query(
      "SELECT COUNT(*) AS n FROM ltv_transactions WHERE customer_id LIKE 'erased:%'",
    );
    expect(Number(pseudonymised)).toBe(ltvBefore);

    // Retention: behaviour and prediction gone, campaign history kept without the person.
    for (const table of [
      'retention_events',
      'churn_predictions',
      'retention_enrolments',
      'retention_messages',
    ]) {
      expect(await rowsOf(table, ERASED), table).toBe(0);
      expect(await rowsOf(table, KEPT), table).toBeGreaterThan(0);
    }
    expectProblem(
      await t.request({ method: 'GET', url: `/retention/user/${ERASED}/analysis` }),
      404,
      'RETENTION.CUSTOMER_NOT_FOUND',
    );
    expect(
      await retention.call('GET', `/retention/campaign/${retentionCampaignId}/performance`),
    ).toEqual(performanceBefore);
  });

  it('keeps no raw personal data in the audit or in the events it raised', async () => {
    const audit = await eraseAndWait({
      customerId: 'cust-audit-9',
      email: 'audit.person@example.com',
    });
    const stored = JSON.stringify([
      await t.dataSource.query('SELECT * FROM privacy_erasures'),
      await t.dataSource.query('SELECT * FROM privacy_erasure_steps'),
      (await outboxEvents(t)).filter((event) => event.type.startsWith('privacy.')),
      audit,
    ]);
    for (const personal of ['cust-audit-9', 'audit.person', ERASED, 'analytical-engines']) {
      expect(stored).not.toContain(personal);
    }
    expect(stored).toContain(audit.subject.customerIdHash);
  });

  it('is idempotent: erasing the same customer again completes and touches nothing', async () => {
    const again = await eraseAndWait({ customerId: ERASED, email: ERASED_EMAIL });
    expect(again.status).toBe('completed');
    expect(rowsAffected(again)).toEqual({ leads: 0, ltv: 0, retention: 0, tracking: 0 });
    expect(await leads.getLead(leadIds[KEPT])).toMatchObject({ erased: false });
  });

  it('ignores a redelivered request once the erasure has completed', async () => {
    const audit = await eraseAndWait({ customerId: KEPT });
    const before = await outboxEvents(t);
    const requested = before.filter(
      (event) => event.type === 'privacy.erasure-requested' && event.payload.erasureId === audit.id,
    );
    expect(requested).toHaveLength(1);
    // Deliver the same event once more, as a crash between effect and acknowledgement would.
    await t.dataSource.query(
      `UPDATE outbox_events SET processed_at = NULL WHERE event_type = 'privacy.erasure-requested'`,
    );
    await t.drainOutbox();
    expect((await outboxEvents(t)).length).toBe(before.length);
    expect(await erasure(audit.id)).toEqual(audit);
  });
});
