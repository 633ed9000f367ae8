import { type FieldError, Money, ValidationError } from '@app/kernel';
import { parseInstant } from './instant.js';

/** The columns of a transaction, in JSON and as the CSV header. */
export const TRANSACTION_FIELDS = [
  'transactionId',
  'customerId',
  'occurredAt',
  'amount',
  'currency',
] as const;

/** A purchase to record: ids as sent, the time as an instant, the amount exact. */
export interface ImportedTransaction {
  transactionId: string;
  customerId: string;
  occurredAt: Date;
  amount: Money;
}

/** Purchases may be reported a little ahead of this server's clock, not more. */
const CLOCK_SKEW_MS = 5 * 60_000;
const MAX_ID_LENGTH = 255;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

/**
 * Reads one row of a batch. Every problem of the row is reported at once, by field; a row with
 * any problem is not recorded. Amounts are decimals in major units (numbers or decimal text),
 * read exactly; refunds are not purchases, so negative amounts are refused (zero is allowed:
 * CDNOW has free purchases).
 */
export function parseTransactionRow(
  row: unknown,
  now: Date,
): { transaction: ImportedTransaction } | { errors: FieldError[] } {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    return { errors: [{ field: '', message: 'must be an object' }] };
  }
  const fields = row as Record<string, unknown>;
  const check: FieldError[] = [];
  for (const key of Object.keys(fields)) {
    if (!(TRANSACTION_FIELDS as readonly string[]).includes(key))
      check.push({ field: key, message: `${key} is not a field of a transaction` });
  }
  const transactionId = identifier(check, fields, 'transactionId');
  const customerId = identifier(check, fields, 'customerId');
  const occurredAt = instant(check, fields.occurredAt, now);
  const amount = money(check, fields.amount, fields.currency);
  if (check.length > 0 || !transactionId || !customerId || !occurredAt || !amount) {
    return { errors: check };
  }
  return { transaction: { transactionId, customerId, occurredAt, amount } };
}

function identifier(
  check: FieldError[],
  fields: Record<string, unknown>,
  field: 'transactionId' | 'customerId',
): string | undefined {
  const value = fields[field];
  if (typeof value !== 'string' || value.trim().length === 0) {
    add(check, field, `${field} must be a non-empty string`);
    return undefined;
  }
  if (value.length > MAX_ID_LENGTH || CONTROL_CHARACTERS.test(value)) {
    add(
      check,
      field,
      `${field} must be at most ${MAX_ID_LENGTH} characters without control characters`,
    );
    return undefined;
  }
  return value;
}

function instant(check: FieldError[], value: unknown, now: Date): Date | undefined {
  const at = typeof value === 'string' ? parseInstant(value) : null;
  if (!at) {
    add(
      check,
      'occurredAt',
      'occurredAt must be an ISO 8601 date-time with an offset, such as 2026-11-26T10:30:00Z',
    );
    return undefined;
  }
  if (at.getTime() < 0) {
    add(check, 'occurredAt', 'occurredAt must not be before 1970-01-01T00:00:00Z');
    return undefined;
  }
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    add(check, 'occurredAt', 'occurredAt must not be in the future');
    return undefined;
  }
  return at;
}

function money(check: FieldError[], amount: unknown, currency: unknown): Money | undefined {
  if (typeof currency !== 'string') {
    add(check, 'currency', 'currency must be an ISO 4217 code such as USD');
    return undefined;
  }
  if (typeof amount !== 'number' && typeof amount !== 'string') {
    add(check, 'amount', 'amount must be a decimal number in major units, such as 49.90');
    return undefined;
  }
  let parsed: Money;
  try {
    parsed = Money.fromDecimal(amount, currency, 'amount', 'currency');
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    check.push(...error.fieldErrors);
    return undefined;
  }
  if (parsed.minor < 0) {
    add(check, 'amount', 'amount must not be negative (a refund is not a purchase)');
    return undefined;
  }
  return parsed;
}

function add(errors: FieldError[], field: string, message: string): void {
  errors.push({ field, message });
}
