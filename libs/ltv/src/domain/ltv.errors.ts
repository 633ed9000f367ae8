import { DomainError, type FieldError, ValidationError } from '@app/kernel';

/** Every code this context can fail with; clients may branch on them. */
export const LtvErrorCode = {
  InvalidTransactions: 'LTV.INVALID_TRANSACTIONS',
  InvalidBatch: 'LTV.INVALID_BATCH',
  MalformedCsv: 'LTV.MALFORMED_CSV',
  CustomerNotFound: 'LTV.CUSTOMER_NOT_FOUND',
  NotEnoughData: 'LTV.NOT_ENOUGH_DATA',
  InvalidAsOf: 'LTV.INVALID_AS_OF',
  InvalidSegmentThresholds: 'LTV.INVALID_SEGMENT_THRESHOLDS',
  InvalidPurchaseOutlook: 'LTV.INVALID_PURCHASE_OUTLOOK',
} as const;

/** No row of a batch could be recorded: every row's problems, as `transactions.<i>.<field>`. */
export const noValidTransactions = (errors: readonly FieldError[]) =>
  new ValidationError(
    LtvErrorCode.InvalidTransactions,
    'No transaction in the batch could be recorded; see errors[].',
    errors,
  );

export const invalidBatch = (field: string, message: string) =>
  ValidationError.forField(LtvErrorCode.InvalidBatch, field, message);

export const malformedCsv = (message: string) =>
  new DomainError(
    LtvErrorCode.MalformedCsv,
    'bad_request',
    `The CSV body cannot be read: ${message}`,
  );

export const customerNotFound = (customerId: string) =>
  new DomainError(
    LtvErrorCode.CustomerNotFound,
    'not_found',
    `No customer has the id ${customerId}.`,
  );

export const notEnoughData = (message: string) =>
  new DomainError(LtvErrorCode.NotEnoughData, 'conflict', message);

export const invalidAsOf = (message: string) =>
  ValidationError.forField(LtvErrorCode.InvalidAsOf, 'asOf', message);

/** A purchase outlook asked for a day or a horizon that is not a whole number of days. */
export const invalidPurchaseOutlook = (field: 'asOfDay' | 'horizonDays', message: string) =>
  ValidationError.forField(LtvErrorCode.InvalidPurchaseOutlook, field, message);
