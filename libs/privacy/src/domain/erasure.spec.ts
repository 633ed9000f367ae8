import { describe, expect, it } from 'vitest';
import { validationErrorOf } from '../../../../test/support/domain-assertions.js';
import { ERASURE_CONTEXTS } from './erasure-contexts.js';
import { erasureSubject, fingerprintOf } from './erasure-subject.js';
import { Erasure } from './erasure.js';
import { ErasureRequestedEvent } from './events/erasure-requested.event.js';
import { PrivacyErrorCode } from './privacy.errors.js';

const NOW = new Date('2026-11-26T09:00:00Z');
const LATER = new Date('2026-11-26T09:00:02Z');
const ID = '01936f9e-8c2d-7e4b-a011-3c7d2f1e5b22';
const SECRET = 'a-secret-of-at-least-thirty-two-characters';

function requested(email: string | null = 'Ada@Example.com ') {
  const subject = erasureSubject('cust-42', email);
  return Erasure.request(
    {
      subject,
      fingerprint: fingerprintOf(subject, SECRET),
      requestedBy: { keyId: null, name: 'ops' },
    },
    ID,
    NOW,
  );
}

describe('Erasure', () => {
  it('starts pending in every context and raises ErasureRequested with the id only', () => {
    const erasure = requested();
    expect(erasure.status).toBe('pending');
    expect(erasure.snapshot.steps.map((step) => [step.context, step.status])).toEqual(
      ERASURE_CONTEXTS.map((context) => [context, 'pending']),
    );
    const events = erasure.pullEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toBeInstanceOf(ErasureRequestedEvent);
    expect(events[0].payload).toEqual({ erasureId: ID });
  });

  it('completes when the last context reports, and then forgets the subject', () => {
    const erasure = requested();
    expect(erasure.snapshot.subject).toEqual({ customerId: 'cust-42', email: 'ada@example.com' });
    ERASURE_CONTEXTS.slice(0, -1).forEach((context, i) =>
      erasure.recordContextErased(context, i, LATER),
    );
    expect(erasure.status).toBe('pending');
    erasure.recordContextErased(ERASURE_CONTEXTS.at(-1)!, 5, LATER);
    expect(erasure.status).toBe('completed');
    expect(erasure.snapshot.completedAt).toEqual(LATER);
    expect(erasure.snapshot.subject).toBeNull();
  });

  it('keeps the first report of a context and ignores contexts not taking part', () => {
    const erasure = requested();
    erasure.recordContextErased('tracking', 3, LATER);
    erasure.recordContextErased('tracking', 0, new Date('2026-11-26T10:00:00Z'));
    erasure.recordContextErased('billing', 9, LATER);
    expect(erasure.snapshot.steps.find((step) => step.context === 'tracking')).toEqual({
      context: 'tracking',
      status: 'completed',
      rowsAffected: 3,
      completedAt: LATER,
    });
    expect(erasure.snapshot.steps).toHaveLength(ERASURE_CONTEXTS.length);
  });
});

describe('the erasure subject', () => {
  it('is fingerprinted with a keyed hash: stable, and unlike the id and email', () => {
    const subject = erasureSubject('cust-42', 'ada@example.com');
    const fingerprint = fingerprintOf(subject, SECRET);
    expect(fingerprint).toEqual(
      fingerprintOf(erasureSubject('cust-42', ' ADA@example.com'), SECRET),
    );
    expect(fingerprint.customerIdHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(fingerprint)).not.toMatch(/cust-42|ada/);
    expect(fingerprintOf(subject, `${SECRET}!`).customerIdHash).not.toBe(
      fingerprint.customerIdHash,
    );
    expect(fingerprintOf(erasureSubject('cust-42', null), SECRET).emailHash).toBeNull();
  });

  it.each([
    ['', null, 'customer_id'],
    ['   ', null, 'customer_id'],
    ['x'.repeat(256), null, 'customer_id'],
    ['cust-42', 'no-at-sign', 'email'],
  ])('refuses customer id %j with email %j', (customerId, email, field) => {
    const error = validationErrorOf(() => erasureSubject(customerId, email));
    expect(error.code).toBe(PrivacyErrorCode.InvalidErasure);
    expect(error.fieldErrors.map((e) => e.field)).toEqual([field]);
  });
});
