import { ValidationCollector } from '@app/kernel';
import { CONVERSION_STATUSES, type ConversionStatus } from '../domain/conversion-status.js';
import { TrackingErrorCode } from '../domain/tracking.errors.js';
import { firstValue, storableText } from './query-values.js';
import type { PostbackRequest } from '../application/commands/record-conversion/record-conversion.command.js';

const DECIMAL = /^\d{1,15}(\.\d{1,6})?$/;

/**
 * Reads a postback's parameters from its query string and, for POST, its body (JSON or a
 * form); the body wins. Names are the snake_case ones advertisers' systems are configured
 * with. Unknown parameters are ignored: trackers append their own.
 */
export function parsePostbackParams(
  query: unknown,
  body: unknown,
): PostbackRequest & { token: string | null } {
  const source = { ...asRecord(query), ...asRecord(body) };
  const checks = new ValidationCollector();
  const text = (name: string, maxLength: number): string | null => {
    const raw = firstValue(source[name]);
    const value =
      typeof raw === 'number'
        ? String(raw)
        : typeof raw === 'string' && raw.trim() !== ''
          ? raw.trim()
          : null;
    return value === null ? null : storableText(checks, name, value, maxLength);
  };
  // A number is refused, not trimmed, when it holds whitespace: `revenue=%205` is more likely
  // a broken macro than 5, and every decimal the API reads follows this one rule.
  const decimal = (name: string): string | null => {
    const raw = firstValue(source[name]);
    if (typeof raw === 'string' && /\s/.test(raw) && raw.trim() !== '') {
      checks.add(name, `${name} must be a decimal number such as 19.99, without spaces.`);
      return null;
    }
    const value = text(name, 32);
    if (value !== null && !DECIMAL.test(value))
      checks.add(name, `${name} must be a decimal number such as 19.99.`);
    return value !== null && DECIMAL.test(value) ? value : null;
  };
  const token = text('token', 200);
  const clickId = text('click_id', 64);
  if (clickId === null && !checks.hasErrors) checks.add('click_id', 'click_id is required.');
  const status = text('status', 16);
  if (status !== null && !(CONVERSION_STATUSES as readonly string[]).includes(status)) {
    checks.add('status', `status must be one of ${CONVERSION_STATUSES.join(', ')}.`);
  }
  const currency = text('currency', 3);
  const parsed = {
    token,
    clickId: clickId ?? '',
    transactionId: text('txid', 255),
    revenue: decimal('revenue'),
    payout: decimal('payout'),
    currency: currency?.toUpperCase() ?? null,
    status: (status as ConversionStatus | null) ?? 'approved',
    customerId: text('customer_id', 255),
  };
  checks.throwIfAny(TrackingErrorCode.InvalidPostback, 'The postback has invalid parameters.');
  return parsed;
}

/** The token, wherever it was sent, before anything else is read. */
export function postbackTokenOf(query: unknown, body: unknown): string | null {
  const token = { ...asRecord(query), ...asRecord(body) }.token;
  return typeof token === 'string' ? token : null;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
