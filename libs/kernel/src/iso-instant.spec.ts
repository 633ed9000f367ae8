import { describe, expect, it } from 'vitest';
import { parseIsoInstant } from './iso-instant.js';

describe('parseIsoInstant', () => {
  it('reads calendar date-times with Z or an offset, seconds and fractions optional', () => {
    expect(parseIsoInstant('2026-12-01T00:00:00Z')?.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(parseIsoInstant('2026-12-01T02:00:00+02:00')?.toISOString()).toBe(
      '2026-12-01T00:00:00.000Z',
    );
    expect(parseIsoInstant('2026-12-01T09:30-05:30')?.toISOString()).toBe(
      '2026-12-01T15:00:00.000Z',
    );
    expect(parseIsoInstant('2026-12-01T00:00:00.25Z')?.getUTCMilliseconds()).toBe(250);
    expect(parseIsoInstant('2028-02-29T12:00:00Z')?.getUTCDate()).toBe(29);
  });

  it.each([
    ['no offset', '2026-12-01T00:00:00'],
    ['date only', '2026-12-01'],
    ['week date', '2026-W01-1T00:00:00Z'],
    ['ordinal date', '2026-001T00:00:00Z'],
    ['month 13', '2026-13-01T00:00:00Z'],
    ['February 30', '2026-02-30T00:00:00Z'],
    ['February 29 of a common year', '2026-02-29T00:00:00Z'],
    ['April 31', '2026-04-31T00:00:00Z'],
    ['hour 24', '2026-01-01T24:00:00Z'],
    ['leap second', '2026-06-30T23:59:60Z'],
    ['offset +25:00', '2026-01-01T00:00:00+25:00'],
    ['year 0', '0000-01-01T00:00:00Z'],
    ['year 0 in UTC', '0001-01-01T00:00:00+01:00'],
    ['year 10000 in UTC', '9999-12-31T23:00:00-05:00'],
    ['expanded year', '+275760-09-13T00:00:00Z'],
    ['lower-case separators', '2026-12-01t00:00:00z'],
    ['space for T', '2026-12-01 00:00:00Z'],
    ['unix seconds', '1764115200'],
    ['empty', ''],
  ])('refuses %s (%j)', (_name, text) => {
    expect(parseIsoInstant(text)).toBeNull();
  });
});
