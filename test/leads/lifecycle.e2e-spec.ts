import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leadsApi, STRONG_CONTACT } from '../support/leads-api.js';
import { outboxEvents } from '../support/outbox-events.js';
import { expectProblem } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const HOUR = 3_600_000;

describe('a lead from capture to conversion, and its erasure', () => {
  let t: TestApp;
  const api = leadsApi(() => t);
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('walks new -> contacted -> qualified -> converted, raising LeadConverted with the deal value', async () => {
    const { leadId } = await api.accepted({
      email: 'buyer@acme-robotics.io',
      company: 'Acme Robotics',
    });
    for (const status of ['contacted', 'qualified']) {
      t.clock.advance(HOUR);
      const response = await api.changeStatus(leadId, { status });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().status).toBe(status);
    }
    t.clock.advance(HOUR);
    const converted = await api.changeStatus(leadId, {
      status: 'converted',
      dealValue: 1200.5,
      currency: 'EUR',
    });
    expect(converted.json()).toMatchObject({
      status: 'converted',
      dealValue: { amount: 1200.5, currency: 'EUR' },
      statusHistory: [
        { from: null, to: 'new', changedAt: '2026-11-26T09:00:00.000Z' },
        { from: 'new', to: 'contacted', changedAt: '2026-11-26T10:00:00.000Z' },
        { from: 'contacted', to: 'qualified', changedAt: '2026-11-26T11:00:00.000Z' },
        { from: 'qualified', to: 'converted', changedAt: '2026-11-26T12:00:00.000Z' },
      ],
    });
    const events = (await outboxEvents(t)).filter((e) => e.type === 'leads.lead-converted');
    expect(events).toEqual([
      {
        type: 'leads.lead-converted',
        payload: {
          leadId,
          formId: 'contact',
          campaignId: null,
          affiliateId: null,
          dealValueMinor: 120050,
          currency: 'EUR',
          convertedAt: '2026-11-26T12:00:00.000Z',
        },
      },
    ]);
    // Converted is final.
    expectProblem(
      await api.changeStatus(leadId, { status: 'lost' }),
      409,
      'LEADS.INVALID_TRANSITION',
    );
  });

  it('refuses moves the workflow does not list, and bad deal values', async () => {
    const { leadId } = await api.accepted({ email: 'maybe@acme-robotics.io' });
    expectProblem(
      await api.changeStatus(leadId, { status: 'new' }),
      409,
      'LEADS.INVALID_TRANSITION',
    );
    expectProblem(
      await api.changeStatus(leadId, { status: 'contacted', dealValue: 5, currency: 'USD' }),
      422,
      'LEADS.INVALID_STATUS_CHANGE',
    );
    expectProblem(
      await api.changeStatus(leadId, { status: 'converted', dealValue: 5 }),
      422,
      'HTTP.VALIDATION_FAILED',
    );
    expectProblem(
      await api.changeStatus(leadId, { status: 'converted', dealValue: 5.001, currency: 'USD' }),
      422,
      'MONEY.TOO_PRECISE',
    );
    expectProblem(await api.changeStatus(leadId, { status: 'won' }), 422, 'HTTP.VALIDATION_FAILED');
    expect((await api.changeStatus(leadId, { status: 'lost' })).statusCode).toBe(200);
    expectProblem(
      await api.changeStatus(leadId, { status: 'contacted' }),
      409,
      'LEADS.INVALID_TRANSITION',
    );
    expectProblem(
      await api.changeStatus('01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a11', { status: 'lost' }),
      404,
      'LEADS.LEAD_NOT_FOUND',
    );
  });

  it('lists open leads at or above the threshold, best first', async () => {
    const strong = await api.accepted({ ...STRONG_CONTACT, email: 'top@analytical-engines.co.uk' });
    const middle = await api.accepted({
      email: 'mid@acme-robotics.io',
      company: 'Acme',
      job_title: 'Head of Growth',
    });
    const weak = await api.accepted({ email: 'weak@gmail.com' });
    const lost = await api.accepted({ ...STRONG_CONTACT, email: 'gone@analytical-engines.co.uk' });
    await api.changeStatus(lost.leadId, { status: 'lost' });
    const hot = (await t.request({ method: 'GET', url: '/forms/hot-leads' })).json();
    expect(hot.threshold).toBe(70);
    expect(hot.data.map((l: { id: string }) => l.id)).toEqual([strong.leadId]);
    const wide = (
      await t.request({ method: 'GET', url: `/forms/hot-leads?threshold=${middle.score}&limit=5` })
    ).json();
    expect(wide.data.map((l: { id: string }) => l.id).slice(0, 2)).toEqual([
      strong.leadId,
      middle.leadId,
    ]);
    expect(wide.data.map((l: { id: string }) => l.id)).not.toContain(weak.leadId);
    expect(wide.data.every((l: { score: number }) => l.score >= middle.score)).toBe(true);
    expectProblem(
      await t.request({ method: 'GET', url: '/forms/hot-leads?threshold=101' }),
      422,
      'HTTP.VALIDATION_FAILED',
    );
  });

  it("erases a lead's personal data, keeping its score, status and form", async () => {
    const answer = await api.accepted({
      ...STRONG_CONTACT,
      email: 'erase.me@analytical-engines.co.uk',
      utm_source: 'ads',
    });
    expect(
      (await t.request({ method: 'DELETE', url: `/forms/lead/${answer.leadId}` })).statusCode,
    ).toBe(204);
    const lead = await api.getLead(answer.leadId);
    expect(lead).toMatchObject({
      erased: true,
      erasedAt: '2026-11-26T12:00:00.000Z',
      email: null,
      firstName: null,
      lastName: null,
      phone: null,
      company: null,
      jobTitle: null,
      message: null,
      fields: {},
      score: answer.score,
      grade: answer.grade,
      status: 'new',
      formId: 'contact',
      utm: { source: 'ads' },
    });
    expect(lead.submissions).toEqual([
      expect.objectContaining({ values: {}, ip: null, outcome: 'lead' }),
    ]);
    const stored = JSON.stringify(await t.dataSource.query('SELECT * FROM leads'));
    expect(stored).not.toContain('erase.me@');
    // Nor the network the form rate limit counted the sender by.
    const [submission] = await t.dataSource.query(
      `SELECT ip, ip_network FROM lead_submissions WHERE lead_id = '${answer.leadId}'`,
    );
    expect(submission).toEqual({ ip: null, ip_network: null });
    // Idempotent; an unknown lead is a 404.
    expect(
      (await t.request({ method: 'DELETE', url: `/forms/lead/${answer.leadId}` })).statusCode,
    ).toBe(204);
    expectProblem(
      await t.request({
        method: 'DELETE',
        url: '/forms/lead/01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a11',
      }),
      404,
      'LEADS.LEAD_NOT_FOUND',
    );
    // The same person may come back: a new lead, since nothing remembers the old email.
    const again = await api.accepted({ email: 'erase.me@analytical-engines.co.uk' });
    expect(again.duplicate).toBe(false);
    expect((await outboxEvents(t)).map((e) => e.type)).toContain('leads.lead-erased');
  });
});
