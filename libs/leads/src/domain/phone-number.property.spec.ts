import fc from 'fast-check';
import { getCountries, getExampleNumber, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { hostileText, PROPERTY_RUNS } from '../../../../test/support/property-runs.js';
import { toE164 } from './phone-number.js';

const E164 = /^\+[1-9]\d{1,14}$/;
/** Every country with an example mobile number in libphonenumber's own metadata. */
const SAMPLES = getCountries().flatMap((country) => {
  const example = getExampleNumber(country, examples);
  return example ? [{ country, example }] : [];
});
const sample = fc.constantFrom(...SAMPLES);
const country = fc.constantFrom<CountryCode | null>(null, ...getCountries());
/** What people type between digits: spaces, dashes, dots, brackets. */
const noise = fc.constantFrom(' ', '-', '.', '  ', ' - ');

/** `digits` with `separators` put between some of them. */
function punctuate(digits: string, separators: string[]): string {
  return [...digits].map((digit, index) => digit + (separators[index] ?? '')).join('');
}

describe('toE164 (properties)', () => {
  it('has examples to work on: more than 200 countries', () => {
    expect(SAMPLES.length).toBeGreaterThan(200);
  });

  it("reads every country's example number, written nationally in that country, as its E.164", () => {
    for (const { country: code, example } of SAMPLES) {
      expect(toE164(example.formatNational(), code), code).toBe(example.number);
      expect(toE164(example.formatInternational(), null), code).toBe(example.number);
    }
  });

  it('reads the same number however it is punctuated, and from any form country', () => {
    fc.assert(
      fc.property(
        sample,
        fc.array(fc.option(noise, { nil: '' })),
        country,
        (s, separators, form) => {
          const typed = `+${punctuate(s.example.number.slice(1), separators)}`;
          expect(toE164(typed, form)).toBe(s.example.number);
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it('answers any text with an E.164 number or null, never a throw, and is idempotent', () => {
    const phoneish = fc.oneof(
      hostileText(40),
      fc.stringMatching(/^\+?[0-9 ()./-]{0,25}$/),
      fc.stringMatching(/^\+?[0-9]{1,20}( ?(ext\.?|x|#) ?[0-9]{0,10})?$/),
    );
    fc.assert(
      fc.property(phoneish, country, (text, form) => {
        const e164 = toE164(text, form);
        if (e164 === null) return;
        expect(e164).toMatch(E164);
        expect(toE164(e164, null)).toBe(e164);
        expect(toE164(e164, form)).toBe(e164);
      }),
      PROPERTY_RUNS,
    );
  });
});
