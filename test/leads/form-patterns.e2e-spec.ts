import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorLines, leadsApi } from '../support/leads-api.js';
import { expectProblem } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Form `pattern` rules run on public input, so they must match in linear time. */
describe('form pattern rules', () => {
  let t: TestApp;
  const api = leadsApi(() => t);
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const formWithPattern = (pattern: string, type = 'text') =>
    api.createForm({
      name: 'Pattern form',
      fields: [
        { name: 'email', type: 'email' },
        { name: 'code', type },
      ],
      validationRules: [{ field: 'code', rule: 'pattern', value: pattern, message: 'Bad code.' }],
    });

  it('answers at once for a pattern that backtracks exponentially in JavaScript', async () => {
    const form = await formWithPattern('(\\w|\\d)*!');
    const started = performance.now();
    const response = await api.submit({
      form_id: form.id,
      email: 'redos@patterns.example.org',
      code: `${'1'.repeat(39)}c`,
    });
    const elapsedMs = performance.now() - started;
    expectProblem(response, 422, 'LEADS.INVALID_SUBMISSION');
    expect(errorLines(response)).toEqual(['code: Bad code.']);
    expect(elapsedMs).toBeLessThan(1_000);
    // The same rule still accepts what it describes.
    await api.accepted({ form_id: form.id, email: 'ok@patterns.example.org', code: 'a1b2!' });
  });

  it('keeps ordinary patterns working, such as a phone number', async () => {
    const form = await formWithPattern('^\\+?[0-9 ]{6,20}$');
    await api.accepted({ form_id: form.id, email: 'p1@patterns.example.org', code: '+44 20 7946' });
    const refused = await api.submit({
      form_id: form.id,
      email: 'p2@patterns.example.org',
      code: '+44 (20) 7946',
    });
    expectProblem(refused, 422, 'LEADS.INVALID_SUBMISSION');
    expect(errorLines(refused)).toEqual(['code: Bad code.']);
  });

  it.each([
    ['a backreference', '(a)\\1'],
    ['a lookahead', '(?=\\d)\\w+'],
    ['a negative lookahead', '(?!test)\\w+'],
    ['a lookbehind', '(?<=a)b'],
  ])('refuses %s when a form is created, naming the rule', async (_, pattern) => {
    const response = await t.request({
      method: 'POST',
      url: '/forms',
      payload: {
        name: 'Unsupported',
        fields: [{ name: 'code', type: 'text' }],
        validationRules: [{ field: 'code', rule: 'pattern', value: pattern }],
      },
    });
    expectProblem(response, 422, 'LEADS.INVALID_FORM');
    const [line] = errorLines(response);
    expect(line).toMatch(/^validationRules\.0\.value: pattern uses syntax the linear-time/);
  });

  it('refuses a backreference when a form is changed, and keeps the form as it was', async () => {
    const form = await formWithPattern('[a-z]+');
    const response = await t.request({
      method: 'PATCH',
      url: `/forms/${form.id}`,
      payload: { validationRules: [{ field: 'code', rule: 'pattern', value: '(\\w)\\1' }] },
    });
    expectProblem(response, 422, 'LEADS.INVALID_FORM');
    expect(errorLines(response)[0]).toMatch(/^validationRules\.0\.value: pattern uses syntax/);
    const kept = (await t.request({ method: 'GET', url: `/forms/${form.id}` })).json();
    expect(kept.validationRules[0].value).toBe('[a-z]+');
  });

  it('refuses a pattern whose compiled program is too large to match quickly', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/forms',
      payload: {
        name: 'Huge',
        fields: [{ name: 'code', type: 'text' }],
        validationRules: [{ field: 'code', rule: 'pattern', value: '(.?){1000}.{1000}' }],
      },
    });
    expectProblem(response, 422, 'LEADS.INVALID_FORM');
    expect(errorLines(response)[0]).toMatch(/^validationRules\.0\.value: pattern is too complex/);
  });

  it('fails a pattern rule without matching when the value is over 1000 characters', async () => {
    const form = await formWithPattern('.*', 'textarea');
    const response = await api.submit({
      form_id: form.id,
      email: 'long@patterns.example.org',
      code: 'x'.repeat(1001),
    });
    expectProblem(response, 422, 'LEADS.INVALID_SUBMISSION');
    expect(errorLines(response)).toEqual([
      'code: code is too long (over 1000 characters) to be checked against its pattern.',
    ]);
    await api.accepted({
      form_id: form.id,
      email: 'long2@patterns.example.org',
      code: 'x'.repeat(1000),
    });
  });

  it('fails closed on a stored pattern the engine refuses, telling the visitor why', async () => {
    const form = await formWithPattern('[a-z]+');
    // A form saved before patterns ran on RE2: written straight into its row.
    await t.dataSource.getRepository('lead_forms').update(form.id, {
      validationRules: [
        { field: 'code', rule: 'pattern', value: '(?!test)\\w+', message: 'Bad code.' },
      ],
    });
    const response = await api.submit({
      form_id: form.id,
      email: 'legacy@patterns.example.org',
      code: 'abc',
    });
    expectProblem(response, 422, 'LEADS.INVALID_SUBMISSION');
    expect(errorLines(response)).toEqual([
      'code: code cannot be checked: the form uses a pattern that is no longer supported; its owner must change it.',
    ]);
  });
});
