import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MISSING_ID } from '../support/campaigns-api.js';
import { outboxEvents } from '../support/outbox-events.js';
import { expectProblem, fieldsOf } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The {{context}} context through its HTTP API, on both databases. */
describe('{{context}} API', () => {
  let t: TestApp;
  const create = (body: unknown) =>
    t.request({ method: 'POST', url: '/v1/{{context}}', payload: body as object });

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('creates a {{entity}}, answers 201 with it, and reads it back', async () => {
    const response = await create({ name: '  First {{entity}} ' });
    expect(response.statusCode, response.body).toBe(201);
    const created = response.json();
    expect(created).toEqual({
      id: expect.any(String),
      name: 'First {{entity}}',
      createdAt: '2026-11-26T09:00:00.000Z',
    });
    const read = await t.request({ method: 'GET', url: `/v1/{{context}}/${created.id}` });
    expect(read.json()).toEqual(created);
    const events = (await outboxEvents(t)).filter((e) => e.type === '{{context}}.{{entity}}-created');
    expect(events).toEqual([{ type: '{{context}}.{{entity}}-created', payload: { {{entityCamel}}Id: created.id } }]);
  });

  it('refuses an empty name with a 422 naming the field', async () => {
    const body = expectProblem(await create({ name: ' ' }), 422, '{{CONTEXT}}.INVALID_{{ENTITY}}');
    expect(fieldsOf(body)).toEqual(['name']);
  });

  it('answers 404 for an id no {{entity}} has', async () => {
    expectProblem(
      await t.request({ method: 'GET', url: `/v1/{{context}}/${MISSING_ID}` }),
      404,
      '{{CONTEXT}}.{{ENTITY}}_NOT_FOUND',
    );
  });
});
