import { DomainError, type FieldError, ValidationError } from '@app/kernel';

/** Every code this context can fail with; clients may branch on them. */
export const RetentionErrorCode = {
  InvalidEvents: 'RETENTION.INVALID_EVENTS',
  InvalidCampaign: 'RETENTION.INVALID_CAMPAIGN',
  CampaignNotFound: 'RETENTION.CAMPAIGN_NOT_FOUND',
  CustomerNotFound: 'RETENTION.CUSTOMER_NOT_FOUND',
  InvalidTransition: 'RETENTION.INVALID_TRANSITION',
  VersionConflict: 'RETENTION.VERSION_CONFLICT',
  CampaignNotEditable: 'RETENTION.CAMPAIGN_NOT_EDITABLE',
  BacktestNotPossible: 'RETENTION.BACKTEST_NOT_POSSIBLE',
} as const;

export const invalidEvents = (errors: readonly FieldError[]) =>
  new ValidationError(
    RetentionErrorCode.InvalidEvents,
    'No event of the batch could be recorded; see errors[].',
    errors,
  );

export const invalidCampaign = (errors: readonly FieldError[]) =>
  new ValidationError(
    RetentionErrorCode.InvalidCampaign,
    'The retention campaign is invalid; see errors[].',
    errors,
  );

export const campaignNotFound = (id: string) =>
  new DomainError(
    RetentionErrorCode.CampaignNotFound,
    'not_found',
    `No retention campaign has the id ${id}.`,
  );

export const customerNotFound = (id: string) =>
  new DomainError(
    RetentionErrorCode.CustomerNotFound,
    'not_found',
    `No engagement or purchase is known of customer ${id}.`,
  );

export const invalidTransition = (from: string, action: string) =>
  new DomainError(
    RetentionErrorCode.InvalidTransition,
    'conflict',
    `A ${from} retention campaign cannot ${action}.`,
  );

export const versionConflict = (expected: number, actual: number) =>
  new DomainError(
    RetentionErrorCode.VersionConflict,
    'conflict',
    `The campaign changed meanwhile (version ${actual}, not ${expected}); read it again.`,
  );

export const campaignNotEditable = (status: string) =>
  new DomainError(
    RetentionErrorCode.CampaignNotEditable,
    'conflict',
    `A ${status} retention campaign cannot be changed.`,
  );

/** A backtest needs a horizon that has fully passed and customers known at its asOf. */
export const backtestNotPossible = (message: string) =>
  new ValidationError(RetentionErrorCode.BacktestNotPossible, message, [
    { field: 'asOf', message },
  ]);
