import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * The number in E.164 (`+14155552671`) when libphonenumber recognises it as a valid number
 * (the full metadata, so the digits must fit a real numbering plan), else null. Numbers
 * without a +country code are read in `country` when the form names one.
 */
export function toE164(text: string, country: string | null): string | null {
  const parsed = country
    ? parsePhoneNumberFromString(text, { defaultCountry: country as never })
    : parsePhoneNumberFromString(text);
  return parsed?.isValid() ? parsed.number : null;
}
