import currencyCodes from 'currency-codes';
import { ValidationError } from './domain-error.js';

/** ISO 4217's "no currency" and "testing" codes are not money anyone is paid in. */
const NOT_MONEY = new Set(['XXX', 'XTS']);
const MINOR_DIGITS = new Map(
  currencyCodes.data
    .filter((currency) => !NOT_MONEY.has(currency.code))
    .map((currency) => [currency.code, currency.digits]),
);
const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * An exact amount of one currency, held in integer minor units (cents for USD, yen for JPY,
 * fils for BHD). Codes and minor digits come from the published ISO 4217 list (the
 * currency-codes package), so no table of ours can drift from the standard.
 */
export class Money {
  private constructor(
    readonly minor: number,
    readonly currency: string,
  ) {}

  static ofMinor(minor: number, currency: string, field = 'amount'): Money {
    const code = Money.currencyCode(currency, field);
    if (!Number.isSafeInteger(minor)) {
      throw ValidationError.forField('MONEY.OUT_OF_RANGE', field, 'Amount is too large.');
    }
    return new Money(minor, code);
  }

  /**
   * Reads a decimal amount in major units (`12.5` is 12.50) exactly: it is parsed from its
   * decimal digits, never multiplied as a float, and more decimals than the currency has are
   * refused rather than rounded.
   */
  static fromDecimal(
    amount: number | string,
    currency: string,
    field = 'amount',
    currencyField = 'currency',
  ): Money {
    const code = Money.currencyCode(currency, currencyField);
    const text = typeof amount === 'number' ? Money.numberToText(amount, field) : amount;
    // Refused, not trimmed: every decimal the API reads follows one rule (see decisions.md).
    if (/\s/.test(text)) {
      throw ValidationError.forField(
        'MONEY.INVALID_AMOUNT',
        field,
        'Amount must be a decimal number, without spaces.',
      );
    }
    const match = DECIMAL.exec(text);
    if (!match) {
      throw ValidationError.forField(
        'MONEY.INVALID_AMOUNT',
        field,
        'Amount must be a decimal number.',
      );
    }
    const [, sign, whole, fraction = ''] = match;
    const digits = Money.minorDigits(code);
    const significantFraction = fraction.replace(/0+$/, '');
    if (significantFraction.length > digits) {
      throw ValidationError.forField(
        'MONEY.TOO_PRECISE',
        field,
        `${code} amounts have at most ${digits} decimal place${digits === 1 ? '' : 's'}.`,
      );
    }
    const minorText = whole + significantFraction.padEnd(digits, '0');
    const minor = Number(minorText) * (sign ? -1 : 1);
    if (!Number.isSafeInteger(minor)) {
      throw ValidationError.forField('MONEY.OUT_OF_RANGE', field, 'Amount is too large.');
    }
    return new Money(minor === 0 ? 0 : minor, code);
  }

  /** How many minor digits the currency has: 2 for USD, 0 for JPY, 3 for BHD. */
  static minorDigits(currency: string): number {
    const digits = MINOR_DIGITS.get(currency);
    if (digits === undefined) throw new Error(`Not an ISO 4217 currency: ${currency}`);
    return digits;
  }

  /** Every ISO 4217 code this class accepts. */
  static currencies(): string[] {
    return [...MINOR_DIGITS.keys()];
  }

  static isCurrency(code: string): boolean {
    return MINOR_DIGITS.has(code);
  }

  /** The amount in major units, as sent on the wire. */
  toDecimal(): number {
    return this.minor / 10 ** Money.minorDigits(this.currency);
  }

  isPositive(): boolean {
    return this.minor > 0;
  }

  isGreaterThan(other: Money): boolean {
    this.assertSameCurrency(other);
    return this.minor > other.minor;
  }

  equals(other: Money): boolean {
    return this.minor === other.minor && this.currency === other.currency;
  }

  private assertSameCurrency(other: Money): void {
    if (other.currency !== this.currency) {
      throw new ValidationError(
        'MONEY.CURRENCY_MISMATCH',
        `Cannot compare ${this.currency} with ${other.currency}.`,
      );
    }
  }

  private static currencyCode(currency: string, field: string): string {
    const code = typeof currency === 'string' ? currency.toUpperCase() : '';
    if (!MINOR_DIGITS.has(code)) {
      throw ValidationError.forField(
        'MONEY.UNKNOWN_CURRENCY',
        field,
        'Currency must be an ISO 4217 code such as USD or EUR.',
      );
    }
    return code;
  }

  private static numberToText(amount: number, field: string): string {
    if (!Number.isFinite(amount) || Math.abs(amount) >= 1e15) {
      throw ValidationError.forField('MONEY.OUT_OF_RANGE', field, 'Amount is too large.');
    }
    // Shortest round-trip form: 12.5 -> "12.5", 0.1 + 0.2 -> "0.30000000000000004" (refused).
    // Tiny values print in exponent form and are refused by the pattern.
    return String(amount);
  }
}
