import { ValidationCollector } from '@app/kernel';
import { TrackingErrorCode } from '../domain/tracking.errors.js';
import { firstValue, storableText } from './query-values.js';

/** The query parameters of a tracking link, and the longest value each may have. */
const PARAMETERS = {
  // Our ids are UUIDs: a longer one cannot name a campaign or affiliate, nor fit the columns.
  campaign_id: 36,
  affiliate_id: 36,
  sub1: 255,
  sub2: 255,
  sub3: 255,
  sub4: 255,
  sub5: 255,
  external_id: 255,
} as const;

export type ClickParameters = Record<keyof typeof PARAMETERS, string | null>;

/**
 * Reads a tracking link's parameters. Links travel through ad networks that append their own
 * parameters, so unknown ones are ignored rather than refused; a repeated one counts once (the
 * first). Values that could not be stored (too long, NUL) are refused with a 422: a click is
 * never silently altered.
 */
export function parseClickParameters(
  query: unknown,
  required: readonly (keyof ClickParameters)[],
): ClickParameters {
  const source = (query ?? {}) as Record<string, unknown>;
  const checks = new ValidationCollector();
  const parsed = {} as ClickParameters;
  for (const [name, maxLength] of Object.entries(PARAMETERS) as [keyof ClickParameters, number][]) {
    const raw = firstValue(source[name]);
    const value = typeof raw === 'string' && raw !== '' ? raw : null;
    parsed[name] = value;
    if (value === null) {
      if (required.includes(name)) checks.add(name, `${name} is required.`);
    } else {
      storableText(checks, name, value, maxLength);
    }
  }
  checks.throwIfAny(TrackingErrorCode.InvalidClick, 'The tracking link has invalid parameters.');
  return parsed;
}

/** Header values as stored: bounded in length, absent when empty. */
export function headerValue(
  value: string | string[] | undefined,
  maxLength: number,
): string | null {
  const text = Array.isArray(value) ? value[0] : value;
  return text ? text.slice(0, maxLength) : null;
}
