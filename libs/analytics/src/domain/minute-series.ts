const MINUTE_MS = 60_000;

/**
 * Every minute of [start, start + count minutes) in order, each the entry given for it or the
 * zero: a chart needs the quiet minutes too. Entries outside the range are ignored.
 */
export function zeroFilledMinutes<T extends { minute: string }>(
  start: Date,
  count: number,
  entries: readonly T[],
  zero: (minute: string) => T,
): T[] {
  const byMinute = new Map(entries.map((entry) => [Date.parse(entry.minute), entry]));
  return Array.from({ length: count }, (_, index) => {
    const time = start.getTime() + index * MINUTE_MS;
    return byMinute.get(time) ?? zero(new Date(time).toISOString());
  });
}

/** The start of the minute that holds `time`. */
export function minuteOf(time: Date): Date {
  return new Date(Math.floor(time.getTime() / MINUTE_MS) * MINUTE_MS);
}
