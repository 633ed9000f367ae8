import { describe, expect, it } from 'vitest';
import { validationErrorOf } from '../../../test/support/domain-assertions.js';
import { ValidationError } from './domain-error.js';
import { Money } from './money.js';

describe('Money.fromDecimal', () => {
  it('reads 12.5 USD exactly as 1250 cents', () => {
    const money = Money.fromDecimal(12.5, 'USD');
    expect(money.minor).toBe(1250);
    expect(money.currency).toBe('USD');
  });

  it('reads amounts whose float product would be inexact, such as 1.15 and 19.99', () => {
    // 1.15 * 100 is 114.99999999999999 and 19.99 * 100 is 1998.9999999999998 as floats.
    expect(Money.fromDecimal(1.15, 'USD').minor).toBe(115);
    expect(Money.fromDecimal(19.99, 'USD').minor).toBe(1999);
    expect(Money.fromDecimal(12.34, 'USD').minor).toBe(1234);
  });

  it('reads decimal strings as well as numbers', () => {
    expect(Money.fromDecimal('12.50', 'USD').minor).toBe(1250);
    expect(Money.fromDecimal('7', 'EUR').minor).toBe(700);
  });

  it('refuses a decimal string with whitespace in it, naming the field', () => {
    for (const text of [' 7', '7 ', '\t7', '7\n', '1 000']) {
      let error: unknown;
      try {
        Money.fromDecimal(text, 'EUR', 'budget.amount');
      } catch (caught) {
        error = caught;
      }
      expect(error, JSON.stringify(text)).toMatchObject({
        code: 'MONEY.INVALID_AMOUNT',
        fieldErrors: [
          { field: 'budget.amount', message: 'Amount must be a decimal number, without spaces.' },
        ],
      });
    }
  });

  it('accepts trailing zeros beyond the currency decimals', () => {
    expect(Money.fromDecimal('12.500', 'USD').minor).toBe(1250);
    expect(Money.fromDecimal('100.00', 'JPY').minor).toBe(100);
  });

  it('refuses 0.1 + 0.2, which is not the decimal 0.3', () => {
    const error = validationErrorOf(() => Money.fromDecimal(0.1 + 0.2, 'USD', 'payout.amount'));
    expect(error.code).toBe('MONEY.TOO_PRECISE');
    expect(error.fieldErrors).toEqual([{ field: 'payout.amount', message: expect.any(String) }]);
  });

  it('refuses more decimals than the currency has rather than rounding', () => {
    expect(validationErrorOf(() => Money.fromDecimal(12.345, 'USD')).code).toBe(
      'MONEY.TOO_PRECISE',
    );
    expect(validationErrorOf(() => Money.fromDecimal('0.001', 'EUR')).code).toBe(
      'MONEY.TOO_PRECISE',
    );
  });

  it('gives JPY no decimals', () => {
    expect(Money.minorDigits('JPY')).toBe(0);
    expect(Money.fromDecimal(1500, 'JPY').minor).toBe(1500);
    expect(validationErrorOf(() => Money.fromDecimal(1500.5, 'JPY')).code).toBe(
      'MONEY.TOO_PRECISE',
    );
  });

  it('gives BHD three decimals', () => {
    expect(Money.minorDigits('BHD')).toBe(3);
    expect(Money.fromDecimal(1234.567, 'BHD').minor).toBe(1234567);
    expect(Money.fromDecimal(0.5, 'BHD').minor).toBe(500);
    expect(validationErrorOf(() => Money.fromDecimal(1.2345, 'BHD')).code).toBe(
      'MONEY.TOO_PRECISE',
    );
  });

  it('takes minor digits from ISO 4217, not from display conventions (HUF has 2, IQD 3)', () => {
    expect(Money.fromDecimal(1500.5, 'HUF').minor).toBe(150050);
    expect(Money.fromDecimal('1.234', 'IQD').minor).toBe(1234);
  });

  it('refuses the ISO codes that are not money: XXX (no currency) and XTS (testing)', () => {
    expect(() => Money.fromDecimal(1, 'XXX')).toThrow(ValidationError);
    expect(() => Money.fromDecimal(1, 'XTS')).toThrow(ValidationError);
    expect(Money.fromDecimal(100, 'XOF').currency).toBe('XOF');
  });

  it('normalises a lower-case currency code to upper case', () => {
    expect(Money.fromDecimal(5, 'eur').currency).toBe('EUR');
    expect(Money.ofMinor(5, 'usd').currency).toBe('USD');
  });

  it('refuses an unknown currency, naming the currency field', () => {
    const error = validationErrorOf(() =>
      Money.fromDecimal(5, 'XYZ', 'payout.amount', 'payout.currency'),
    );
    expect(error.code).toBe('MONEY.UNKNOWN_CURRENCY');
    expect(error.fieldErrors.map((e) => e.field)).toEqual(['payout.currency']);
    expect(validationErrorOf(() => Money.fromDecimal(5, 'US')).code).toBe('MONEY.UNKNOWN_CURRENCY');
    expect(validationErrorOf(() => Money.ofMinor(5, '')).code).toBe('MONEY.UNKNOWN_CURRENCY');
  });

  it('refuses an amount too large to hold exactly', () => {
    expect(validationErrorOf(() => Money.fromDecimal(1e15, 'USD')).code).toBe('MONEY.OUT_OF_RANGE');
    expect(validationErrorOf(() => Money.fromDecimal(1e14, 'USD')).code).toBe('MONEY.OUT_OF_RANGE');
    expect(validationErrorOf(() => Money.fromDecimal('99999999999999999999', 'JPY')).code).toBe(
      'MONEY.OUT_OF_RANGE',
    );
    expect(validationErrorOf(() => Money.fromDecimal(Number.POSITIVE_INFINITY, 'USD')).code).toBe(
      'MONEY.OUT_OF_RANGE',
    );
    expect(validationErrorOf(() => Money.fromDecimal(Number.NaN, 'USD')).code).toBe(
      'MONEY.OUT_OF_RANGE',
    );
    expect(validationErrorOf(() => Money.ofMinor(Number.MAX_SAFE_INTEGER + 1, 'USD')).code).toBe(
      'MONEY.OUT_OF_RANGE',
    );
  });

  it('accepts the largest amount it can hold exactly', () => {
    expect(Money.fromDecimal('90071992547409.91', 'USD').minor).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('allows negative amounts', () => {
    const money = Money.fromDecimal(-12.5, 'USD');
    expect(money.minor).toBe(-1250);
    expect(money.isPositive()).toBe(false);
    expect(Money.fromDecimal('-0.01', 'USD').minor).toBe(-1);
  });

  it('reads minus zero as plain zero', () => {
    expect(Object.is(Money.fromDecimal('-0', 'USD').minor, 0)).toBe(true);
  });

  it('refuses text that is not a plain decimal number', () => {
    for (const text of ['', 'abc', '1e3', '12.', '.5', '+5', '1,5', '0x10', '12.5.1']) {
      expect(validationErrorOf(() => Money.fromDecimal(text, 'USD')).code, text).toBe(
        'MONEY.INVALID_AMOUNT',
      );
    }
  });
});

describe('Money.toDecimal', () => {
  it('gives back the major units it was read from', () => {
    const cases: Array<[number, string]> = [
      [12.34, 'USD'],
      [12.5, 'USD'],
      [0.01, 'USD'],
      [1234.567, 'BHD'],
      [0.001, 'KWD'],
      [1500, 'JPY'],
      [-19.99, 'EUR'],
      [90071992547.409, 'BHD'],
    ];
    for (const [amount, currency] of cases) {
      expect(Money.fromDecimal(amount, currency).toDecimal(), `${amount} ${currency}`).toBe(amount);
    }
  });

  it('turns minor units into major units', () => {
    expect(Money.ofMinor(1250, 'USD').toDecimal()).toBe(12.5);
    expect(Money.ofMinor(1250, 'JPY').toDecimal()).toBe(1250);
    expect(Money.ofMinor(1, 'BHD').toDecimal()).toBe(0.001);
  });
});

describe('Money comparisons', () => {
  it('compares amounts of one currency', () => {
    const ten = Money.fromDecimal(10, 'USD');
    const five = Money.fromDecimal(5, 'USD');
    expect(ten.isGreaterThan(five)).toBe(true);
    expect(five.isGreaterThan(ten)).toBe(false);
    expect(ten.isGreaterThan(Money.ofMinor(1000, 'USD'))).toBe(false);
    expect(ten.equals(Money.ofMinor(1000, 'USD'))).toBe(true);
    expect(ten.equals(Money.ofMinor(1000, 'EUR'))).toBe(false);
  });

  it('refuses to compare two currencies', () => {
    const error = validationErrorOf(() =>
      Money.fromDecimal(10, 'USD').isGreaterThan(Money.fromDecimal(5, 'EUR')),
    );
    expect(error.code).toBe('MONEY.CURRENCY_MISMATCH');
  });

  it('counts only amounts above zero as positive', () => {
    expect(Money.ofMinor(1, 'USD').isPositive()).toBe(true);
    expect(Money.ofMinor(0, 'USD').isPositive()).toBe(false);
  });

  it('knows ISO 4217 codes', () => {
    expect(Money.isCurrency('USD')).toBe(true);
    expect(Money.isCurrency('XYZ')).toBe(false);
  });
});
