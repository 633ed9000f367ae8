import { ValidationError } from '@app/kernel';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText, PROPERTY_RUNS } from '../../../../test/support/property-runs.js';
import { normalisedEmail } from './affiliate.js';

const address = fc
  .tuple(fc.stringMatching(/^[a-z0-9]([a-z0-9._+-]{0,20}[a-z0-9])?$/), fc.domain())
  .filter(([local]) => !local.includes('..'))
  .map(([local, domain]) => `${local}@${domain}`);

describe("an affiliate's email (properties)", () => {
  it('stores any spelling of an address trimmed and lower-cased, so uniqueness ignores case', () => {
    fc.assert(
      fc.property(address, fc.array(fc.boolean()), (email, flips) => {
        const sent = [...email].map((c, i) => (flips[i] ? c.toUpperCase() : c)).join('');
        expect(normalisedEmail(` ${sent}\t`)).toBe(email);
      }),
      PROPERTY_RUNS,
    );
  });

  it('answers any text with a stored form of itself or a ValidationError on email', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          hostileText(),
          fc.emailAddress(),
          fc.tuple(hostileText(20), fc.domain()).map(([l, d]) => `${l}@${d}`),
        ),
        (text) => {
          let stored: string;
          try {
            stored = normalisedEmail(text);
          } catch (error) {
            expect(error).toBeInstanceOf(ValidationError);
            expect((error as ValidationError).fieldErrors[0].field).toBe('email');
            return;
          }
          expect(stored).toBe(text.trim().toLowerCase());
          expect(normalisedEmail(stored)).toBe(stored);
        },
      ),
      PROPERTY_RUNS,
    );
  });
});
