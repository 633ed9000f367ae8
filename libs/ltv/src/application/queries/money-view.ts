import { Money } from '@app/kernel';

/** Minor units (possibly fractional: an average) as major units rounded to the currency. */
export function major(minor: number, currency: string): number {
  const digits = Money.minorDigits(currency);
  return Math.round(minor) / 10 ** digits;
}

/** A float in major units rounded to what the currency can express. */
export function roundMajor(value: number, currency: string): number {
  const unit = 10 ** Money.minorDigits(currency);
  return Math.round(value * unit) / unit;
}
