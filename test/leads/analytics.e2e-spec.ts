import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leadsApi, STRONG_CONTACT } from '../support/leads-api.js';
import { expectProblem } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectRedirect, trackingApi } from '../support/tracking-api.js';

describe('GET /forms/analytics', () => {
  let t: TestApp;
  const api = leadsApi(() => t);
  const tracking = trackingApi(() => t);
  let campaignId: string;
  let affiliateId: string;
  let demoFormId: string;

  beforeAll(async () => {
    t = await startTestApp({ now: new Date('2026-11-20T12:00:00Z') });
    // Before the window: one lead that must not be counted.
    await api.accepted({ email: 'early@acme-robotics.io' });
    t.clock.set(new Date('2026-11-26T09:00:00Z'));

    campaignId = await tracking.activeCampaign();
    affiliateId = await tracking.activeAffiliate();
    const { clickId } = expectRedirect(
      await tracking.click({ campaign_id: campaignId, affiliate_id: affiliateId }),
    );
    const demo = await api.createForm({ name: 'Demo', fields: [{ name: 'email', type: 'email' }] });
    demoFormId = demo.id;

    // contact: a tracked hot lead (95, then 100 with its duplicate), a weak lead, one invalid,
    // one honeypot.
    const hot = await api.accepted({
      ...STRONG_CONTACT,
      utm_source: 'newsletter',
      click_id: clickId,
    });
    expect(hot.score).toBe(95);
    const repeat = await api.accepted({ email: STRONG_CONTACT.email, utm_source: 'newsletter' });
    expect(repeat).toMatchObject({ duplicate: true, score: 100 });
    const weak = await api.accepted({
      email: 'someone@gmail.com',
      utm_source: 'ads',
      click_id: 'AAAAAAAAAAAAAAAAAAAAAAAA',
    });
    expect((await api.submit({ email: 'bad' })).statusCode).toBe(422);
    await api.accepted({ email: 'bot@spam.example.net', website: 'spam' });
    // demo: a plain business email (25), converted all the same.
    const qualified = await api.accepted({ form_id: demoFormId, email: 'cto@acme-robotics.io' });
    expect(qualified.score).toBe(25);
    await api.changeStatus(qualified.leadId, { status: 'converted' });
    await api.changeStatus(weak.leadId, { status: 'lost' });
  });
  afterAll(() => t.close());

  it('counts the funnel of a window with the rate between each step', async () => {
    const report = await api.analytics('?from=2026-11-26T00:00:00Z&to=2026-11-27T00:00:00Z');
    expect(report).toMatchObject({
      from: '2026-11-26T00:00:00.000Z',
      to: '2026-11-27T00:00:00.000Z',
    });
    expect(report.funnel).toEqual({
      submissions: 6,
      valid: 4,
      invalid: 1,
      spam: 1,
      duplicates: 1,
      leads: 3,
      qualified: 1,
      hot: 1,
      converted: 1,
      rates: {
        valid: 0.6667,
        invalid: 0.1667,
        spam: 0.1667,
        duplicates: 0.25,
        leads: 0.75,
        qualified: 0.3333,
        hot: 1,
        converted: 0.3333,
      },
    });
    expect(report.spamReasons).toEqual({ honeypot: 1 });
    expect(report.scoreDistribution.grades).toEqual({ A: 1, B: 0, C: 0, D: 1, F: 1 });
    expect(report.scoreDistribution.ranges.find((r: { from: number }) => r.from === 90)).toEqual({
      from: 90,
      to: 100,
      count: 1,
    });
  });

  it('breaks the funnel down by form, UTM source and tracked campaign', async () => {
    const report = await api.analytics('?from=2026-11-26T00:00:00Z');
    expect(
      report.byForm.map((f: { formId: string; formName: string; leads: number }) => [
        f.formId,
        f.formName,
        f.leads,
      ]),
    ).toEqual([
      ['contact', 'Contact', 2],
      [demoFormId, 'Demo', 1],
    ]);
    const bySource = Object.fromEntries(
      report.byUtmSource.map(
        (s: { utmSource: string | null; submissions: number; duplicates: number }) => [
          String(s.utmSource),
          [s.submissions, s.duplicates],
        ],
      ),
    );
    expect(bySource).toEqual({ newsletter: [2, 1], ads: [1, 0], null: [3, 0] });
    const tracked = report.byCampaign.find(
      (c: { campaignId: string | null }) => c.campaignId === campaignId,
    );
    expect(tracked).toMatchObject({ submissions: 1, leads: 1, hot: 1 });
  });

  it('attributes a lead to the tracked click, and keeps one with an unknown click_id unattributed', async () => {
    const hot = (await t.request({ method: 'GET', url: '/forms/hot-leads?threshold=100' })).json()
      .data[0];
    const lead = await api.getLead(hot.id);
    expect(lead.attribution).toMatchObject({ status: 'tracked', campaignId, affiliateId });
    const weak = await t.dataSource.query(
      "SELECT attribution, campaign_id, click_id FROM leads WHERE email = 'someone@gmail.com'",
    );
    expect(weak).toEqual([
      { attribution: 'unknown_click', campaign_id: null, click_id: 'AAAAAAAAAAAAAAAAAAAAAAAA' },
    ]);
  });

  it('filters by form, and keeps the counts true after an erasure', async () => {
    const before = await api.analytics(`?form_id=${demoFormId}`);
    expect(before.funnel).toMatchObject({ submissions: 1, leads: 1, converted: 1 });
    const [{ id }] = await t.dataSource.query(
      "SELECT id FROM leads WHERE email = 'cto@acme-robotics.io'",
    );
    expect((await t.request({ method: 'DELETE', url: `/forms/lead/${id}` })).statusCode).toBe(204);
    expect((await api.analytics(`?form_id=${demoFormId}`)).funnel).toEqual(before.funnel);
    const all = await api.analytics();
    expect(all.funnel.leads).toBe(4);
  });

  it('refuses a window that ends before it starts, or times without an offset', async () => {
    expectProblem(
      await t.request({
        method: 'GET',
        url: '/forms/analytics?from=2026-11-27T00:00:00Z&to=2026-11-26T00:00:00Z',
      }),
      422,
      'LEADS.INVALID_QUERY',
    );
    expectProblem(
      await t.request({ method: 'GET', url: '/forms/analytics?from=2026-11-27T00:00:00' }),
      422,
      'HTTP.VALIDATION_FAILED',
    );
    // A week date passed the old check and failed as a 500 when turned into a Date.
    expectProblem(
      await t.request({ method: 'GET', url: '/forms/analytics?from=2026-W01-1T00:00:00Z' }),
      422,
      'HTTP.VALIDATION_FAILED',
    );
  });
});
