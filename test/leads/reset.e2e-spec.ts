import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leadsApi } from '../support/leads-api.js';
import { expectProblem } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('a data reset', () => {
  let t: TestApp;
  const api = leadsApi(() => t);
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('empties the leads tables and forgets the forms, keeping the built-in contact form', async () => {
    const form = await api.createForm({ name: 'Temp', fields: [{ name: 'email', type: 'email' }] });
    await api.accepted({ form_id: form.id, email: 'a@reset.example.org' });
    const reset = await t.request({ method: 'POST', url: '/v1/reset' });
    expect(reset.json().emptiedTables).toEqual(
      expect.arrayContaining(['lead_forms', 'leads', 'lead_submissions', 'lead_status_changes']),
    );
    // The remembered form goes with an in-process event right after the reset answers.
    let status = 0;
    for (let attempt = 0; attempt < 20 && status !== 404; attempt += 1) {
      status = (await api.submit({ form_id: form.id, email: 'b@reset.example.org' })).statusCode;
      if (status !== 404) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(status).toBe(404);
    expectProblem(
      await t.request({ method: 'GET', url: `/forms/${form.id}` }),
      404,
      'LEADS.FORM_NOT_FOUND',
    );
    const analytics = await api.analytics();
    expect(analytics.funnel.submissions).toBe(0);
    expect((await api.accepted({ email: 'c@reset.example.org' })).duplicate).toBe(false);
  });
});
