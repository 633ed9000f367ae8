import { ValidationError } from '@app/kernel';

/** Every code this context can fail with; clients may branch on them. */
export const AnalyticsErrorCode = {
  InvalidPeriod: 'ANALYTICS.INVALID_PERIOD',
  PeriodTooLong: 'ANALYTICS.PERIOD_TOO_LONG',
} as const;
export type AnalyticsErrorCode = (typeof AnalyticsErrorCode)[keyof typeof AnalyticsErrorCode];

export const invalidPeriod = (message: string) =>
  ValidationError.forField(AnalyticsErrorCode.InvalidPeriod, 'to', message);

export const periodTooLong = (message: string) =>
  ValidationError.forField(AnalyticsErrorCode.PeriodTooLong, 'from', message);
