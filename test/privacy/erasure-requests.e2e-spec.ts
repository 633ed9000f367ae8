import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyIssuer } from '@app/access';
import { OutboxRelay } from '@app/platform';
import { PersonalDataErasedEvent } from '@app/privacy';
import { RecordContextErasedHandler } from '../../libs/privacy/src/application/events/record-context-erased.handler.js';
import { privacyApi, rowsAffected } from '../support/privacy-api.js';
import { expectProblem, fieldsOf } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { trackingApi } from '../support/tracking-api.js';

/**
 * The erasure request itself: who may ask, what is refused, how the audit completes. What an
 * erasure removes in each context is erasure.e2e-spec.ts.
 */
describe('erasure requests', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);
  const { erase, erasure, eraseAndWait } = privacyApi(() => t);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('completes an erasure of an unknown customer with nothing touched, and audits it', async () => {
    const audit = await eraseAndWait({ customerId: 'never-seen' });
    expect(audit).toMatchObject({ status: 'completed', subject: { emailHash: null } });
    expect(rowsAffected(audit)).toEqual({ leads: 0, ltv: 0, retention: 0, tracking: 0 });
  });

  it('completes when the contexts report at the same moment (replicas delivering in parallel)', async () => {
    const response = await erase({ customerId: 'cust-parallel' });
    const { id } = response.json();
    // The reports, delivered at once instead of through the relay one by one.
    const handler = t.app.get(RecordContextErasedHandler);
    await Promise.all(
      ['tracking', 'leads', 'ltv', 'retention'].map((context, i) =>
        handler.handle(
          new PersonalDataErasedEvent(
            { erasureId: id, context, rowsAffected: i },
            { occurredAt: t.clock.now() },
          ),
        ),
      ),
    );
    const audit = await erasure(id);
    expect(audit.status).toBe('completed');
    expect(rowsAffected(audit)).toEqual({ tracking: 0, leads: 1, ltv: 2, retention: 3 });
  });

  it('records the API key that asked', async () => {
    const key = await t.app.get(ApiKeyIssuer).issue({ name: 'privacy-desk', role: 'admin' });
    const response = await erase({ customerId: 'cust-x' }, { 'x-api-key': key.key });
    expect(response.statusCode, response.body).toBe(202);
    expect(response.json().requestedBy).toEqual({ apiKeyId: key.id, name: 'privacy-desk' });
  });

  it('is for admins only', async () => {
    const { id: affiliateId } = await tracking.affiliates.register();
    const key = await t.app
      .get(ApiKeyIssuer)
      .issue({ name: 'partner', role: 'affiliate', affiliateId });
    expectProblem(
      await erase({ customerId: 'cust-x' }, { 'x-api-key': key.key }),
      403,
      'AUTH.ROLE_FORBIDDEN',
    );
  });

  it('refuses a request without a customer id or with a bad email, naming the fields', async () => {
    const missing = expectProblem(await erase({}), 422, 'HTTP.VALIDATION_FAILED');
    expect(fieldsOf(missing)).toContain('customerId');
    const bad = expectProblem(
      await erase({ customerId: 'c', email: 'nope' }),
      422,
      'HTTP.VALIDATION_FAILED',
    );
    expect(fieldsOf(bad)).toEqual(['email']);
    expectProblem(await erase({ customerId: '   ' }), 422, 'PRIVACY.INVALID_ERASURE');
  });

  it('answers 404 for an unknown erasure', async () => {
    expectProblem(
      await t.request({
        method: 'GET',
        url: '/v1/privacy/erasures/0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b',
      }),
      404,
      'PRIVACY.ERASURE_NOT_FOUND',
    );
  });

  // Last: from here on the relay delivers by itself, as in production.
  it('completes within seconds with the outbox relay running, as a client polling the GET sees it', async () => {
    t.app.get(OutboxRelay).start();
    const response = await erase({ customerId: 'cust-polled' });
    expect(response.statusCode, response.body).toBe(202);
    const deadline = Date.now() + 10_000;
    let audit = response.json();
    while (audit.status !== 'completed' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      audit = await erasure(audit.id);
    }
    expect(audit.status).toBe('completed');
    expect(audit.contexts.map((step: { status: string }) => step.status)).toEqual([
      'completed',
      'completed',
      'completed',
      'completed',
    ]);
  });
});
