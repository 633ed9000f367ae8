const DAY_MS = 86_400_000;

/** The UTC day number of an instant: days since 1970-01-01. */
export const dayOf = (at: Date) => Math.floor(at.getTime() / DAY_MS);

/** The calendar date (YYYY-MM-DD) of a UTC day number. */
export const dayToDate = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Twelve months of data: the span below which the models' predictions are not yet reliable. */
export const RELIABLE_SPAN_DAYS = 365;
