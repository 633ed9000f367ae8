import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorLines, leadsApi, STRONG_CONTACT, submissionOutcomes } from '../support/leads-api.js';
import { outboxEvents } from '../support/outbox-events.js';
import { expectProblem } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('POST /forms/submit', () => {
  let t: TestApp;
  const api = leadsApi(() => t);
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('turns a JSON submission to the built-in contact form into a scored lead', async () => {
    const answer = await api.accepted({ ...STRONG_CONTACT, utm_source: 'newsletter' });
    // Everything but the tracked click (10) and a repeat submission (5).
    expect(answer).toEqual({
      submissionId: expect.any(String),
      leadId: expect.any(String),
      score: 85,
      grade: 'A',
      status: 'new',
      isQualified: true,
      isHot: true,
      duplicate: false,
    });
    const lead = await api.getLead(answer.leadId);
    expect(lead).toMatchObject({
      formId: 'contact',
      email: STRONG_CONTACT.email,
      phone: '+442079460958',
      firstName: 'Ada',
      company: 'Analytical Engines Ltd',
      score: 85,
      utm: { source: 'newsletter', medium: null, campaign: null },
      attribution: { status: 'none', clickId: null },
      submissionCount: 1,
      erased: false,
      statusHistory: [{ from: null, to: 'new', changedAt: '2026-11-26T09:00:00.000Z' }],
    });
    expect(
      lead.scoreBreakdown.reduce((sum: number, f: { points: number }) => sum + f.points, 0),
    ).toBe(85);
    expect(lead.scoreBreakdown).toContainEqual({
      factor: 'tracked_click',
      group: 'engagement',
      points: 0,
      maxPoints: 10,
    });
    expect(lead.submissions).toEqual([
      expect.objectContaining({ id: answer.submissionId, outcome: 'lead', ip: expect.any(String) }),
    ]);
    const captured = (await outboxEvents(t)).filter((e) => e.type === 'leads.lead-captured');
    expect(captured.at(-1)?.payload).toMatchObject({
      leadId: answer.leadId,
      formId: 'contact',
      score: 85,
    });
    expect(JSON.stringify(captured)).not.toContain(STRONG_CONTACT.email);
  });

  it('accepts a plain HTML form (URL-encoded), first value of a repeated name', async () => {
    const body = 'email=grace%40cobol.dev&first_name=Grace&first_name=Ignored&message=Hello+there';
    const response = await api.submitEncoded(body);
    expect(response.statusCode, response.body).toBe(201);
    const lead = await api.getLead(response.json().leadId);
    expect(lead).toMatchObject({
      email: 'grace@cobol.dev',
      firstName: 'Grace',
      message: 'Hello there',
    });
  });

  it('reports every failed rule per field with its message in a 422, and still stores the submission', async () => {
    const form = await api.createForm({
      name: 'Demo request',
      fields: [
        { name: 'email', type: 'email' },
        { name: 'company', type: 'text' },
        { name: 'seats', type: 'number' },
        { name: 'plan', type: 'select', options: ['team', 'enterprise'] },
        { name: 'website_url', type: 'url' },
        { name: 'phone', type: 'phone' },
        { name: 'terms', type: 'checkbox' },
      ],
      validationRules: [
        { field: 'email', rule: 'required', message: 'We need your email.' },
        { field: 'company', rule: 'min_length', value: 3, message: 'Company: 3 letters at least.' },
        {
          field: 'company',
          rule: 'pattern',
          value: '[A-Za-z ]+',
          message: 'Company: letters only.',
        },
        { field: 'seats', rule: 'min', value: 5, message: 'At least 5 seats.' },
        { field: 'terms', rule: 'required', message: 'Please accept the terms.' },
      ],
    });
    const before = (await submissionOutcomes(t)).length;
    const response = await api.submit({
      form_id: form.id,
      company: 'X1',
      seats: '2',
      plan: 'free',
      website_url: 'not a url',
      phone: '12',
      terms: 'off',
    });
    expectProblem(response, 422, 'LEADS.INVALID_SUBMISSION');
    expect(errorLines(response)).toEqual([
      'email: We need your email.',
      'company: Company: 3 letters at least.',
      'company: Company: letters only.',
      'seats: At least 5 seats.',
      'plan: plan must be one of team, enterprise.',
      'website_url: website_url must be a web address (http or https).',
      'phone: phone must be a valid phone number with its country code, such as +44 20 7946 0958.',
      'terms: Please accept the terms.',
    ]);
    expect((await submissionOutcomes(t)).slice(before)).toEqual(['invalid']);
  });

  it('refuses a malformed email, and an over-long UTM tag, as invalid', async () => {
    const response = await api.submit({ email: 'not-an-email', utm_source: 'x'.repeat(256) });
    expectProblem(response, 422, 'LEADS.INVALID_SUBMISSION');
    expect(errorLines(response)).toEqual([
      'email: email must be a valid email address.',
      'utm_source: utm_source must be at most 255 characters long.',
    ]);
  });

  it('answers 404 for an unknown form, and stores nothing', async () => {
    const before = (await submissionOutcomes(t)).length;
    expectProblem(
      await api.submit({ form_id: 'no-such-form', email: 'a@b.co' }),
      404,
      'LEADS.FORM_NOT_FOUND',
    );
    expect(await submissionOutcomes(t)).toHaveLength(before);
  });

  it('updates the lead of a repeated email instead of creating a second, filling in its gaps', async () => {
    const first = await api.accepted({ email: 'Linus@Kernel-Works.org', first_name: 'Linus' });
    const again = await api.accepted({
      email: ' linus@kernel-works.org ',
      first_name: 'Someone else',
      company: 'Kernel Works',
    });
    expect(again).toMatchObject({ leadId: first.leadId, duplicate: true });
    expect(again.score).toBeGreaterThan(first.score);
    const lead = await api.getLead(first.leadId);
    expect(lead).toMatchObject({
      email: 'Linus@Kernel-Works.org',
      firstName: 'Linus',
      company: 'Kernel Works',
      submissionCount: 2,
      score: again.score,
    });
    expect(lead.submissions.map((s: { outcome: string }) => s.outcome)).toEqual([
      'lead',
      'duplicate',
    ]);
    expect(lead.scoreBreakdown).toContainEqual(
      expect.objectContaining({ factor: 'repeat_submissions', points: 5 }),
    );
  });

  it('keeps one lead when the first two submissions of an email arrive at once', async () => {
    const payload = { email: 'race@concurrent.example.org', company: 'Race Ltd' };
    const answers = await Promise.all([
      api.submit(payload),
      api.submit(payload),
      api.submit(payload),
    ]);
    for (const answer of answers) expect(answer.statusCode, answer.body).toBe(201);
    const ids = new Set(answers.map((answer) => answer.json().leadId));
    expect(ids.size).toBe(1);
    expect(answers.filter((answer) => answer.json().duplicate)).toHaveLength(2);
    expect((await api.getLead([...ids][0])).submissionCount).toBe(3);
  });

  it('answers a filled honeypot like a success but makes no lead, and stores it as spam', async () => {
    const answer = await api.accepted({
      email: 'bot@spam-farm.example.net',
      website: 'http://x.example',
    });
    expect(answer).toMatchObject({ duplicate: false, status: 'new' });
    expect(
      (await t.request({ method: 'GET', url: `/forms/lead/${answer.leadId}` })).statusCode,
    ).toBe(404);
    const [row] = await t.dataSource.query(
      `SELECT outcome, lead_id FROM lead_submissions WHERE id = '${answer.submissionId}'`,
    );
    expect(row).toMatchObject({ outcome: 'spam', lead_id: null });
  });

  it('refuses suspicious content with a message a person can act on', async () => {
    const response = await api.submit({
      email: 'seller@links.example.org',
      message:
        'Visit http://a.example http://b.example and www.c.example for cheap viagra <script>x</script>',
    });
    expectProblem(response, 422, 'LEADS.SUSPICIOUS_CONTENT');
    expect(errorLines(response)).toEqual([
      'message: message contains a blocked word ("viagra").',
      'message: message must not contain script.',
      'message: The submission contains 3 links; at most 2 are allowed.',
    ]);
  });

  it('answers bad bodies with a 4xx problem, never a 500', async () => {
    const post = (payload: string, contentType: string) =>
      t.request({
        method: 'POST',
        url: '/forms/submit',
        payload,
        headers: { 'x-api-key': '', 'content-type': contentType },
      });
    expectProblem(await post('{"email": ', 'application/json'), 400, 'HTTP.MALFORMED_JSON');
    expectProblem(await post('[1, 2]', 'application/json'), 422, 'HTTP.VALIDATION_FAILED');
    expectProblem(await post('"text"', 'application/json'), 422, 'HTTP.VALIDATION_FAILED');
    expectProblem(
      await post('email=a%00b%40c.io', 'application/x-www-form-urlencoded'),
      422,
      'HTTP.VALIDATION_FAILED',
    );
    expectProblem(
      await post('__proto__=x&email=a%40b.io', 'application/x-www-form-urlencoded'),
      400,
      'HTTP.BAD_REQUEST',
    );
    expect(
      (await post('email=%E0%A4%A&x=%ZZ', 'application/x-www-form-urlencoded')).statusCode,
    ).toBe(422);
    expectProblem(
      await post('--b\r\n', 'multipart/form-data; boundary=b'),
      415,
      'HTTP.UNSUPPORTED_MEDIA_TYPE',
    );
    expectProblem(
      await post('{"email": {"a": 1}}', 'application/json'),
      422,
      'LEADS.INVALID_SUBMISSION',
    );
    expectProblem(
      await post('{"form_id": ["x", 1]}', 'application/json'),
      404,
      'LEADS.FORM_NOT_FOUND',
    );
  });

  it('needs no API key, while the admin routes beside it do', async () => {
    const admin = await t.request({ method: 'GET', url: '/forms', headers: { 'x-api-key': '' } });
    expectProblem(admin, 401, 'AUTH.API_KEY_MISSING');
  });
});
