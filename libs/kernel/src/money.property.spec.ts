import currencyCodes from 'currency-codes';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText, PROPERTY_RUNS } from '../../../test/support/property-runs.js';
import { ValidationError } from './domain-error.js';
import { Money } from './money.js';

/** Every currency money can be in, with its minor digits: ISO 4217 less XXX and XTS. */
const CURRENCIES = currencyCodes.data
  .filter(({ code }) => code !== 'XXX' && code !== 'XTS')
  .map(({ code, digits }) => ({ code, digits }));
const currency = fc.constantFrom(...CURRENCIES);
/** Minor units whose major-unit decimal has at most 15 significant digits. */
const minorUnits = fc.integer({ min: -999_999_999_999_999, max: 999_999_999_999_999 });

/** `minor` written in major units with exactly `digits` decimals: 1250, 2 -> "12.50". */
function decimalText(minor: number, digits: number): string {
  const text = Math.abs(minor)
    .toString()
    .padStart(digits + 1, '0');
  const whole = digits === 0 ? text : text.slice(0, -digits);
  const fraction = digits === 0 ? '' : `.${text.slice(-digits)}`;
  return `${minor < 0 ? '-' : ''}${whole}${fraction}`;
}

/** The error a throwing call raised, or null. */
function thrown(run: () => unknown): unknown {
  try {
    run();
    return null;
  } catch (error) {
    return error;
  }
}

describe('Money (properties)', () => {
  it('has the list it is built from: every ISO 4217 currency with 0 to 4 minor digits', () => {
    expect(CURRENCIES.length).toBeGreaterThan(150);
    expect(CURRENCIES.every(({ digits }) => digits >= 0 && digits <= 4)).toBe(true);
  });

  it("reads any amount written with its currency's decimals back to the same minor units", () => {
    fc.assert(
      fc.property(currency, minorUnits, ({ code, digits }, minor) => {
        const money = Money.fromDecimal(decimalText(minor, digits), code);
        expect(money.minor).toBe(minor === 0 ? 0 : minor);
        expect(money.currency).toBe(code);
        expect(Money.fromDecimal(decimalText(minor, digits), code.toLowerCase()).minor).toBe(
          money.minor,
        );
      }),
      PROPERTY_RUNS,
    );
  });

  it('round-trips minor units through the major-unit number sent on the wire', () => {
    fc.assert(
      fc.property(currency, minorUnits, ({ code }, minor) => {
        const wire = Money.ofMinor(minor, code).toDecimal();
        expect(Money.fromDecimal(wire, code).minor).toBe(minor === 0 ? 0 : minor);
      }),
      PROPERTY_RUNS,
    );
  });

  it('refuses one decimal more than the currency has, unless it is a zero', () => {
    fc.assert(
      fc.property(
        currency,
        minorUnits,
        fc.integer({ min: 1, max: 9 }),
        ({ code, digits }, minor, extra) => {
          const text = decimalText(minor, digits);
          const longer = `${text}${digits === 0 ? '.' : ''}${extra}`;
          const error = thrown(() => Money.fromDecimal(longer, code));
          expect(error).toBeInstanceOf(ValidationError);
          expect((error as ValidationError).code).toBe('MONEY.TOO_PRECISE');
          expect(Money.fromDecimal(`${text}${digits === 0 ? '.' : ''}0`, code).minor).toBe(
            Money.fromDecimal(text, code).minor,
          );
        },
      ),
      PROPERTY_RUNS,
    );
  });

  it('refuses every three-letter code that is not a currency', () => {
    const known = new Set(CURRENCIES.map(({ code }) => code));
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z]{3}$/), (code) => {
        fc.pre(!known.has(code.toUpperCase()));
        const error = thrown(() => Money.fromDecimal('1', code, 'amount', 'currency'));
        expect((error as ValidationError).code).toBe('MONEY.UNKNOWN_CURRENCY');
        expect((error as ValidationError).fieldErrors).toEqual([
          { field: 'currency', message: expect.any(String) },
        ]);
      }),
      PROPERTY_RUNS,
    );
  });

  it('answers any input at all with money or a ValidationError, nothing else', () => {
    const anyAmount = fc.oneof(
      hostileText(),
      fc.stringMatching(/^-?\d{0,20}(\.\d{0,8})?$/),
      fc.double(),
      fc.integer(),
    );
    fc.assert(
      fc.property(
        anyAmount,
        fc.oneof(
          currency.map(({ code }) => code),
          fc.string(),
        ),
        (amount, code) => {
          const error = thrown(() => Money.fromDecimal(amount, code));
          if (error !== null) expect(error).toBeInstanceOf(ValidationError);
        },
      ),
      PROPERTY_RUNS,
    );
  });
});
