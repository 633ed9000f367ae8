import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyticsApi } from '../support/analytics-api.js';
import { leadsApi } from '../support/leads-api.js';
import { expectProblem, fieldsOf } from '../support/problem-assertions.js';
import { retentionApi } from '../support/retention-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const CUSTOMER = 'cust-journey-1';

/**
 * A customer's month across every context, each step made through the API at its moment: a
 * click carrying the customer id, a lead submitted with that click, a second click whose
 * postback names the customer (a conversion, and the purchase LTV records from it), a bulk
 * purchase, a session event, and the retention message the automation sends weeks later.
 */
describe('GET /v1/customers/{customerId}/journey', () => {
  let t: TestApp;
  const api = analyticsApi(() => t);
  const leads = leadsApi(() => t);
  const retention = retentionApi(() => t);
  const made = {
    campaignId: '',
    affiliateId: '',
    firstClick: '',
    secondClick: '',
    leadId: '',
    conversionId: '',
  };

  beforeAll(async () => {
    t = await startTestApp({ now: new Date('2026-11-01T00:00:00Z') });
    made.campaignId = await api.tracking.activeCampaign();
    made.affiliateId = await api.tracking.activeAffiliate();
    const link = { campaign_id: made.campaignId, affiliate_id: made.affiliateId };

    made.firstClick = (
      await api.clickAt('2026-11-01T10:00:00Z', { ...link, external_id: CUSTOMER })
    ).clickId;
    t.clock.set(new Date('2026-11-01T10:05:00Z'));
    made.leadId = (
      await leads.accepted({ email: 'journey@buyer.example', click_id: made.firstClick })
    ).leadId;
    made.secondClick = (await api.clickAt('2026-11-02T12:00:00Z', link)).clickId;
    const postback = await api.postbackAt('2026-11-02T12:30:00Z', {
      click_id: made.secondClick,
      txid: 'ORD-J1',
      revenue: '49.90',
      customer_id: CUSTOMER,
    });
    expect(postback.statusCode, postback.body).toBe(200);
    made.conversionId = postback.json().conversionId;
    await t.drainOutbox();

    t.clock.set(new Date('2026-11-03T10:00:00Z'));
    const imported = await t.request({
      method: 'POST',
      url: '/ltv/transactions',
      payload: {
        transactions: [
          {
            transactionId: 'ORD-J2',
            customerId: CUSTOMER,
            occurredAt: '2026-11-03T09:00:00Z',
            amount: 20,
            currency: 'USD',
          },
        ],
      },
    });
    expect(imported.statusCode, imported.body).toBe(200);
    t.clock.set(new Date('2026-11-04T09:00:00Z'));
    await retention.events([
      {
        eventId: 'journey-session-1',
        customerId: CUSTOMER,
        type: 'session_start',
        occurredAt: '2026-11-04T08:00:00Z',
        durationSeconds: 300,
      },
    ]);

    t.clock.set(new Date('2026-11-30T00:00:00Z'));
    await retention.recalculate();
    const campaign = await retention.createCampaign({
      name: 'Win them back',
      trigger: { riskLevels: ['low', 'medium', 'high', 'critical'] },
      channel: 'email',
      offer: { type: 'discount_percent', value: 10 },
      controlGroupShare: 0,
    });
    await retention.call('POST', `/retention/campaigns/${campaign.id}/activate`);
    expect(await retention.automate()).toMatchObject({ messages: 1 });
  });
  afterAll(() => t.close());

  const journey = (customerId: string, query = '') =>
    t.request({
      method: 'GET',
      url: `/v1/customers/${encodeURIComponent(customerId)}/journey${query}`,
    });
  const steps = (body: { items: { type: string; at: string }[] }) =>
    body.items.map((item) => [item.type, item.at]);

  it('lists every step of the customer across the contexts, in time order', async () => {
    const response = await journey(CUSTOMER);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.customerId).toBe(CUSTOMER);
    expect(body.nextFrom).toBeNull();
    expect(steps(body)).toEqual([
      ['click', '2026-11-01T10:00:00.000Z'],
      ['lead', '2026-11-01T10:05:00.000Z'],
      ['click', '2026-11-02T12:00:00.000Z'],
      ['conversion', '2026-11-02T12:30:00.000Z'],
      ['transaction', '2026-11-02T12:30:00.000Z'],
      ['transaction', '2026-11-03T09:00:00.000Z'],
      ['retention_event', '2026-11-04T08:00:00.000Z'],
      ['retention_message', '2026-11-30T00:00:00.000Z'],
    ]);
  });

  it('links each step to the click, campaign, lead and conversion it belongs to', async () => {
    const [firstClick, lead, secondClick, conversion, purchase, imported, event, message] = (
      await journey(CUSTOMER)
    ).json().items;
    const tracked = { campaignId: made.campaignId, affiliateId: made.affiliateId };
    expect(firstClick).toMatchObject({
      id: made.firstClick,
      clickId: made.firstClick,
      ...tracked,
      details: { reachedOffer: true, externalId: CUSTOMER },
    });
    expect(lead).toMatchObject({
      id: made.leadId,
      leadId: made.leadId,
      clickId: made.firstClick,
      ...tracked,
      details: { formId: 'contact', status: 'new' },
    });
    expect(secondClick).toMatchObject({ clickId: made.secondClick, details: { externalId: null } });
    expect(conversion).toMatchObject({
      id: made.conversionId,
      conversionId: made.conversionId,
      clickId: made.secondClick,
      ...tracked,
      details: { status: 'approved', transactionId: 'ORD-J1', revenue: 49.9, currency: 'USD' },
    });
    expect(purchase).toMatchObject({
      conversionId: made.conversionId,
      ...tracked,
      details: { amount: 49.9, source: 'conversion', status: 'counted' },
    });
    expect(imported).toMatchObject({
      id: 'ORD-J2',
      conversionId: null,
      details: { amount: 20, currency: 'USD', source: 'import' },
    });
    expect(event).toMatchObject({
      id: 'journey-session-1',
      details: { eventType: 'session_start', durationSeconds: 300 },
    });
    expect(message).toMatchObject({
      retentionCampaignId: expect.any(String),
      details: { channel: 'email', status: 'sent' },
    });
  });

  it('pages through a long journey without repeating or skipping a step', async () => {
    const first = (await journey(CUSTOMER, '?limit=4')).json();
    // The fourth step shares its instant with the fifth, so the page stops before both.
    expect(steps(first).map(([type]) => type)).toEqual(['click', 'lead', 'click']);
    expect(first.nextFrom).toBe('2026-11-02T12:30:00.000Z');
    const second = (await journey(CUSTOMER, `?limit=4&from=${first.nextFrom}`)).json();
    expect(steps(second).map(([type]) => type)).toEqual([
      'conversion',
      'transaction',
      'transaction',
      'retention_event',
    ]);
    const third = (await journey(CUSTOMER, `?limit=4&from=${second.nextFrom}`)).json();
    expect(steps(third).map(([type]) => type)).toEqual(['retention_message']);
    expect(third.nextFrom).toBeNull();
  });

  it('keeps to a window, and answers an empty one for a known customer', async () => {
    const body = (
      await journey(CUSTOMER, '?from=2026-11-02T00:00:00Z&to=2026-11-03T00:00:00Z')
    ).json();
    expect(steps(body).map(([type]) => type)).toEqual(['click', 'conversion', 'transaction']);
    const empty = await journey(CUSTOMER, '?from=2025-01-01T00:00:00Z&to=2025-02-01T00:00:00Z');
    expect(empty.statusCode).toBe(200);
    expect(empty.json().items).toEqual([]);
  });

  it('finds a customer known only to one context', async () => {
    await retention.events([
      {
        eventId: 'only-event',
        customerId: 'cust-events-only',
        type: 'page_view',
        occurredAt: '2026-11-20T08:00:00Z',
      },
    ]);
    expect(steps((await journey('cust-events-only')).json())).toEqual([
      ['retention_event', '2026-11-20T08:00:00.000Z'],
    ]);
  });

  it('answers 404 for a customer nothing is known of, with or without a window', async () => {
    expectProblem(await journey('cust-nobody'), 404, 'ANALYTICS.UNKNOWN_CUSTOMER');
    expectProblem(
      await journey('cust-nobody', '?from=2026-11-01T00:00:00Z'),
      404,
      'ANALYTICS.UNKNOWN_CUSTOMER',
    );
  });

  it('refuses a bad window, limit or customer id', async () => {
    expectProblem(
      await journey(CUSTOMER, '?from=2026-11-03T00:00:00Z&to=2026-11-02T00:00:00Z'),
      422,
      'ANALYTICS.INVALID_PERIOD',
    );
    for (const limit of ['0', '1001', 'all'])
      expect(
        new Set(
          fieldsOf(
            expectProblem(
              await journey(CUSTOMER, `?limit=${limit}`),
              422,
              'HTTP.VALIDATION_FAILED',
            ),
          ),
        ),
      ).toEqual(new Set(['limit']));
    expect(
      fieldsOf(expectProblem(await journey('cust\u0001x'), 422, 'HTTP.VALIDATION_FAILED')),
    ).toEqual(['customerId']);
    expect((await journey('x'.repeat(101))).statusCode).toBe(414);
  });
});
