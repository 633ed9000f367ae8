import { invalidPeriod, periodTooLong } from './analytics.errors.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The period when none is given: the last 30 days up to the end of the current hour. */
export const DEFAULT_SPAN_DAYS = 30;
/** A year and a day: a year-over-year view fits, a scan of all history does not. */
export const MAX_SPAN_DAYS = 366;
/** Hourly rows for more than a month are no longer a readable report. */
export const MAX_HOURLY_SPAN_DAYS = 31;

export interface AnalyticsPeriod {
  /** Inclusive, a whole hour. */
  from: Date;
  /** Exclusive, a whole hour. */
  to: Date;
}

export interface PeriodRequest {
  from?: Date;
  to?: Date;
  /** Whether the rows are hours: their span is kept shorter. */
  hourly: boolean;
}

/**
 * The period a report covers. The rollups count whole hours, so the requested instants are
 * widened to them (from down, to up): the period applied always contains the one asked for,
 * and is echoed to the caller. A missing `to` is now; a missing `from` is 30 days before the widened `to`.
 */
export function analyticsPeriod(request: PeriodRequest, now: Date): AnalyticsPeriod {
  const requestedTo = request.to ?? now;
  const to = new Date(Math.ceil(requestedTo.getTime() / HOUR_MS) * HOUR_MS);
  const requestedFrom = request.from ?? new Date(to.getTime() - DEFAULT_SPAN_DAYS * DAY_MS);
  if (requestedTo.getTime() <= requestedFrom.getTime())
    throw invalidPeriod('to must be later than from.');
  const from = new Date(Math.floor(requestedFrom.getTime() / HOUR_MS) * HOUR_MS);
  const maxDays = request.hourly ? MAX_HOURLY_SPAN_DAYS : MAX_SPAN_DAYS;
  if (to.getTime() - from.getTime() > maxDays * DAY_MS)
    throw periodTooLong(
      `The period may span at most ${maxDays} days${request.hourly ? ' when grouped by hour' : ''}.`,
    );
  return { from, to };
}
