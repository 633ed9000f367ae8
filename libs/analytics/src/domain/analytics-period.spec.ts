import { DomainError } from '@app/kernel';
import { describe, expect, it } from 'vitest';
import { analyticsPeriod } from './analytics-period.js';

const NOW = new Date('2026-11-26T09:41:27Z');
const at = (iso: string) => new Date(iso);
const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as DomainError).code;
  }
  return null;
};

describe('the analytics period', () => {
  it('widens the instants asked for to whole hours: from down, to up', () => {
    const period = analyticsPeriod(
      { from: at('2026-11-20T10:15:00Z'), to: at('2026-11-21T08:00:01Z'), hourly: false },
      NOW,
    );
    expect(period).toEqual({ from: at('2026-11-20T10:00:00Z'), to: at('2026-11-21T09:00:00Z') });
  });

  it('keeps bounds that are already whole hours', () => {
    const period = analyticsPeriod(
      { from: at('2026-11-20T00:00:00Z'), to: at('2026-11-21T00:00:00Z'), hourly: true },
      NOW,
    );
    expect(period).toEqual({ from: at('2026-11-20T00:00:00Z'), to: at('2026-11-21T00:00:00Z') });
  });

  it('defaults to the 30 days that end with the current hour', () => {
    expect(analyticsPeriod({ hourly: false }, NOW)).toEqual({
      from: at('2026-10-27T10:00:00Z'),
      to: at('2026-11-26T10:00:00Z'),
    });
  });

  it('runs a period given only its start up to now', () => {
    expect(analyticsPeriod({ from: at('2026-11-26T07:30:00Z'), hourly: false }, NOW)).toEqual({
      from: at('2026-11-26T07:00:00Z'),
      to: at('2026-11-26T10:00:00Z'),
    });
  });

  it('refuses a period that does not end after it starts', () => {
    const same = at('2026-11-20T00:00:00Z');
    expect(codeOf(() => analyticsPeriod({ from: same, to: same, hourly: false }, NOW))).toBe(
      'ANALYTICS.INVALID_PERIOD',
    );
    expect(
      codeOf(() => analyticsPeriod({ from: at('2027-01-01T00:00:00Z'), hourly: false }, NOW)),
    ).toBe('ANALYTICS.INVALID_PERIOD');
  });

  it('allows a year and a day, and 31 days of hourly rows', () => {
    const from = at('2025-11-25T00:00:00Z');
    expect(() =>
      analyticsPeriod({ from, to: at('2026-11-26T00:00:00Z'), hourly: false }, NOW),
    ).not.toThrow();
    expect(
      codeOf(() => analyticsPeriod({ from, to: at('2026-11-26T01:00:00Z'), hourly: false }, NOW)),
    ).toBe('ANALYTICS.PERIOD_TOO_LONG');
    const month = { from: at('2026-10-01T00:00:00Z'), to: at('2026-11-01T00:00:00Z') };
    expect(() => analyticsPeriod({ ...month, hourly: true }, NOW)).not.toThrow();
    expect(
      codeOf(() =>
        analyticsPeriod({ ...month, to: at('2026-11-01T01:00:00Z'), hourly: true }, NOW),
      ),
    ).toBe('ANALYTICS.PERIOD_TOO_LONG');
  });
});
