import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorLines, leadsApi } from '../support/leads-api.js';
import { expectProblem, fieldsOf } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('the forms admin API', () => {
  let t: TestApp;
  const api = leadsApi(() => t);
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('always has the built-in contact form', async () => {
    const response = await t.request({ method: 'GET', url: '/forms/contact' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: 'contact',
      builtIn: true,
      honeypotField: 'website',
      createdAt: null,
      validationRules: [{ field: 'email', rule: 'required', value: null }],
    });
    expect(response.json().fields.map((f: { name: string }) => f.name)).toEqual([
      'email',
      'first_name',
      'last_name',
      'phone',
      'company',
      'job_title',
      'message',
    ]);
  });

  it('creates a form with a UUIDv7 id, lists it after contact, and reads it back', async () => {
    const form = await api.createForm({
      name: 'Webinar sign-up',
      fields: [
        { name: 'email', type: 'email', label: 'Work email' },
        { name: 'role', type: 'select', options: ['marketing', 'sales'] },
      ],
      validationRules: [{ field: 'email', rule: 'required' }],
    });
    expect(form).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-7/),
      builtIn: false,
      honeypotField: 'website',
      validationRules: [
        { field: 'email', rule: 'required', value: null, message: 'email is required.' },
      ],
      createdAt: '2026-11-26T09:00:00.000Z',
    });
    const list = (await t.request({ method: 'GET', url: '/forms' })).json();
    expect(list.data.map((f: { id: string }) => f.id)).toEqual(['contact', form.id]);
    expect((await t.request({ method: 'GET', url: `/forms/${form.id}` })).json()).toEqual(form);
  });

  it('refuses an invalid form, naming every problem', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/forms',
      payload: {
        name: '',
        fields: [
          { name: 'Email', type: 'email' },
          { name: 'email', type: 'text' },
          { name: 'click_id', type: 'text' },
          { name: 'plan', type: 'select' },
          { name: 'size', type: 'number' },
        ],
        validationRules: [
          { field: 'nope', rule: 'required' },
          { field: 'size', rule: 'pattern', value: '(a)\\1' },
          { field: 'size', rule: 'min', value: 'ten' },
          { field: 'size', rule: 'sometimes' },
        ],
        honeypotField: 'size',
        phoneCountry: 'XX',
      },
    });
    expectProblem(response, 422, 'LEADS.INVALID_FORM');
    expect(fieldsOf(response.json())).toEqual([
      'name',
      'fields.0.name',
      'fields.1.type',
      'fields.2.name',
      'fields.3.options',
      'validationRules.0.field',
      'validationRules.1.value',
      'validationRules.2.value',
      'validationRules.3.rule',
      'honeypotField',
      'phoneCountry',
    ]);
    expect(errorLines(response)).toContain(
      'validationRules.1.value: pattern uses syntax the linear-time (RE2) engine does not run (invalid escape sequence: `\\1`); backreferences and lookaround are not supported.',
    );
  });

  it('changes a form with PATCH, and submissions follow the new rules at once', async () => {
    const form = await api.createForm({
      name: 'Quote',
      fields: [{ name: 'email', type: 'email' }],
    });
    expect((await api.submit({ form_id: form.id, email: 'x@quote.example.org' })).statusCode).toBe(
      201,
    );
    const patched = await t.request({
      method: 'PATCH',
      url: `/forms/${form.id}`,
      payload: {
        fields: [
          { name: 'email', type: 'email' },
          { name: 'phone', type: 'phone' },
        ],
        validationRules: [{ field: 'phone', rule: 'required', message: 'Phone, please.' }],
        phoneCountry: 'gb',
      },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ name: 'Quote', phoneCountry: 'GB' });
    const refused = await api.submit({ form_id: form.id, email: 'y@quote.example.org' });
    expect(errorLines(refused)).toEqual(['phone: Phone, please.']);
    // A national number is read in the form's country.
    const accepted = await api.accepted({
      form_id: form.id,
      email: 'y@quote.example.org',
      phone: '020 7946 0958',
    });
    expect((await api.getLead(accepted.leadId)).phone).toBe('+442079460958');
  });

  it('lets an admin edit the built-in contact form, which keeps its id', async () => {
    const patched = await t.request({
      method: 'PATCH',
      url: '/forms/contact',
      payload: { name: 'Contact us', honeypotField: 'homepage' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({
      id: 'contact',
      builtIn: true,
      name: 'Contact us',
      honeypotField: 'homepage',
    });
    expect(patched.json().createdAt).toBe('2026-11-26T09:00:00.000Z');
    const list = (await t.request({ method: 'GET', url: '/forms' })).json();
    expect(list.data.filter((f: { id: string }) => f.id === 'contact')).toHaveLength(1);
  });

  it('answers 404 for an unknown form and refuses unknown keys', async () => {
    expectProblem(
      await t.request({ method: 'GET', url: '/forms/0193' }),
      404,
      'LEADS.FORM_NOT_FOUND',
    );
    expectProblem(
      await t.request({ method: 'PATCH', url: '/forms/contact', payload: { colour: 'red' } }),
      422,
      'HTTP.VALIDATION_FAILED',
    );
  });

  it('finds no form named like an inherited property (once a 500), and takes fields so named', async () => {
    for (const id of ['__proto__', 'constructor', 'toString']) {
      expectProblem(
        await t.request({ method: 'GET', url: `/forms/${id}` }),
        404,
        'LEADS.FORM_NOT_FOUND',
      );
      expectProblem(
        await api.submit({ form_id: id, email: 'a@b.example' }),
        404,
        'LEADS.FORM_NOT_FOUND',
      );
    }
    const form = await api.createForm({
      name: 'Inherited names',
      fields: [{ name: 'constructor', type: 'text' }],
    });
    expect(form.fields).toEqual([expect.objectContaining({ name: 'constructor', type: 'text' })]);
  });

  it('keeps the static routes apart from GET /forms/{id}', async () => {
    expect((await t.request({ method: 'GET', url: '/forms/hot-leads' })).json()).toHaveProperty(
      'threshold',
    );
    expect((await t.request({ method: 'GET', url: '/forms/analytics' })).json()).toHaveProperty(
      'funnel',
    );
    expectProblem(
      await t.request({ method: 'GET', url: '/forms/submit' }),
      404,
      'LEADS.FORM_NOT_FOUND',
    );
  });
});
