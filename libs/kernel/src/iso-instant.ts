/**
 * An instant as the API takes it: RFC 3339 / ISO 8601 extended calendar form with an explicit
 * offset, `2026-12-01T09:30:00Z` or `2026-12-01T10:30:00.250+01:00` (seconds optional).
 * Week and ordinal dates, dates without a time or an offset, and impossible fields (month 13,
 * February 30, hour 24, a leap second, offset +25:00) are refused.
 */
const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** Years both databases store and every reader parses back (PostgreSQL has no year 0). */
const FIRST_YEAR = 1;
const LAST_YEAR = 9999;

/** The instant `text` names, or null when it is not one the API accepts. */
export function parseIsoInstant(text: string): Date | null {
  const match = typeof text === 'string' ? INSTANT.exec(text) : null;
  if (!match) return null;
  const [year, month, day, hour, minute, second = 0, offsetHour = 0, offsetMinute = 0] = [
    ...match.slice(1),
  ].map((part) => (part === undefined ? undefined : Number(part))) as number[];
  if (year < FIRST_YEAR || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59 || offsetHour > 23 || offsetMinute > 59) return null;
  // Controllers turn the validated text into a Date with `new Date(text)`: asking Date itself
  // keeps the validator and every later reader in step.
  const instant = new Date(text);
  if (Number.isNaN(instant.getTime())) return null;
  const utcYear = instant.getUTCFullYear();
  return utcYear >= FIRST_YEAR && utcYear <= LAST_YEAR ? instant : null;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
