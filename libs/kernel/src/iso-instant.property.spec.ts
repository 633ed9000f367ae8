import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText, PROPERTY_RUNS } from '../../../test/support/property-runs.js';
import { parseIsoInstant } from './iso-instant.js';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** Instants every database stores: years 0001 to 9999 in UTC, to the millisecond. */
const instant = fc.date({
  min: new Date('0001-01-01T00:00:00.000Z'),
  max: new Date('9999-12-31T23:59:59.999Z'),
  noInvalidDate: true,
});
/** Offsets of the wire format, -23:59 to +23:59, in minutes. */
const offsetMinutes = fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 });

/** `date` as the wall-clock time at `offset` minutes east of UTC, with that offset written. */
function atOffset(date: Date, offset: number): string {
  const local = new Date(date.getTime() + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `.${pad(local.getUTCMilliseconds(), 3)}${zone}`
  );
}

describe('parseIsoInstant (properties)', () => {
  it('reads back every instant its own toISOString writes', () => {
    fc.assert(
      fc.property(instant, (date) => {
        expect(parseIsoInstant(date.toISOString())?.getTime()).toBe(date.getTime());
      }),
      PROPERTY_RUNS,
    );
  });

  it('reads the same instant written at any offset', () => {
    fc.assert(
      fc.property(instant, offsetMinutes, (date, offset) => {
        const text = atOffset(date, offset);
        const localYear = Number(text.slice(0, 4));
        fc.pre(text.length === 29 && localYear >= 1);
        expect(parseIsoInstant(text)?.getTime()).toBe(date.getTime());
      }),
      PROPERTY_RUNS,
    );
  });

  it('refuses any of them without its offset', () => {
    fc.assert(
      fc.property(instant, (date) => {
        expect(parseIsoInstant(date.toISOString().slice(0, -1))).toBeNull();
      }),
      PROPERTY_RUNS,
    );
  });

  it('never throws, and whatever it accepts, Date reads as the same instant', () => {
    const nearlyInstants = fc.stringMatching(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/,
    );
    fc.assert(
      fc.property(fc.oneof(nearlyInstants, hostileText()), (text) => {
        const parsed = parseIsoInstant(text);
        if (parsed !== null) expect(new Date(text).getTime()).toBe(parsed.getTime());
      }),
      PROPERTY_RUNS,
    );
  });
});
