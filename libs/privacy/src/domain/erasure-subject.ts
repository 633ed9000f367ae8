import { createHmac } from 'node:crypto';
import { PrivacyErrorCode, invalidErasureField } from './privacy.errors.js';
import { ValidationCollector } from '@app/kernel';

/** Whose data goes: the advertiser's customer id and, optionally, the person's email. */
export interface ErasureSubject {
  customerId: string;
  /** Lower-cased and trimmed, as leads compares emails. */
  email: string | null;
}

/** The subject as the audit keeps it: keyed hashes, never the id or email themselves. */
export interface SubjectFingerprint {
  customerIdHash: string;
  emailHash: string | null;
}

/** The longest customer id the contexts store (varchar(255)) and the longest email (254). */
const MAX_CUSTOMER_ID = 255;
const MAX_EMAIL = 254;

export function erasureSubject(customerId: string, email: string | null): ErasureSubject {
  const checks = new ValidationCollector();
  checks.check(() => {
    if (customerId.trim().length === 0 || customerId.length > MAX_CUSTOMER_ID) {
      throw invalidErasureField('customer_id', 'customer_id must be 1 to 255 characters long.');
    }
  });
  const normalized = email === null ? null : email.trim().toLowerCase();
  checks.check(() => {
    if (normalized !== null && (normalized.length > MAX_EMAIL || !normalized.includes('@'))) {
      throw invalidErasureField(
        'email',
        'email must be an email address of at most 254 characters.',
      );
    }
  });
  checks.throwIfAny(PrivacyErrorCode.InvalidErasure, 'The erasure request is invalid.');
  return { customerId, email: normalized };
}

/**
 * HMAC-SHA256 under a key derived from SECRET_KEY: whoever holds the key can check whether a
 * given customer was erased, and nobody can read the customer back from the audit.
 */
export function fingerprintOf(subject: ErasureSubject, secret: string): SubjectFingerprint {
  const key = createHmac('sha256', secret).update('privacy.erasure-subject').digest();
  const hash = (kind: string, value: string) =>
    createHmac('sha256', key).update(`${kind}:${value}`).digest('hex');
  return {
    customerIdHash: hash('customer_id', subject.customerId),
    emailHash: subject.email === null ? null : hash('email', subject.email),
  };
}
