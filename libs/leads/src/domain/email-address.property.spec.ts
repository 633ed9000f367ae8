import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText, PROPERTY_RUNS } from '../../../../test/support/property-runs.js';
import { parseEmail } from './email-address.js';

/** Addresses as people type them: common local parts, real-looking domains, any case. */
const address = fc
  .tuple(fc.stringMatching(/^[a-z0-9]([a-z0-9._+-]{0,20}[a-z0-9])?$/), fc.domain())
  .filter(([local]) => !local.includes('..'))
  .map(([local, domain]) => `${local}@${domain}`);
const anyCase = (text: string, flips: boolean[]) =>
  [...text].map((char, index) => (flips[index] ? char.toUpperCase() : char)).join('');

describe('parseEmail (properties)', () => {
  it('takes ordinary addresses, keeping them as sent and keyed lower-case', () => {
    fc.assert(
      fc.property(address, fc.array(fc.boolean()), (email, flips) => {
        const sent = anyCase(email, flips);
        const parsed = parseEmail(`  ${sent}\n`);
        expect(parsed).toMatchObject({
          address: sent,
          normalized: email,
          domain: email.split('@')[1],
        });
        expect(['business', 'free', 'disposable']).toContain(parsed!.kind);
      }),
      PROPERTY_RUNS,
    );
  });

  it('finds the same lead key for any spelling in another case', () => {
    fc.assert(
      fc.property(address, fc.array(fc.boolean()), (email, flips) => {
        expect(parseEmail(anyCase(email, flips))?.normalized).toBe(parseEmail(email)?.normalized);
      }),
      PROPERTY_RUNS,
    );
  });

  it('answers any text with an address or null, never a throw, and parses its own output alike', () => {
    const emailish = fc.oneof(
      hostileText(),
      fc.emailAddress(),
      fc.tuple(hostileText(20), fc.domain()).map(([local, domain]) => `${local}@${domain}`),
    );
    fc.assert(
      fc.property(emailish, (text) => {
        const parsed = parseEmail(text);
        if (parsed === null) return;
        expect(parsed.address.length).toBeLessThanOrEqual(254);
        expect(parsed.normalized).toBe(parsed.address.toLowerCase());
        expect(parseEmail(parsed.address)).toEqual(parsed);
      }),
      PROPERTY_RUNS,
    );
  });

  it('refuses text without exactly one @ between a local part and a dotted domain', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 40 }), (text) => {
        fc.pre(!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(text.trim()));
        expect(parseEmail(text)).toBeNull();
      }),
      PROPERTY_RUNS,
    );
  });
});
