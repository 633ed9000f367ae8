import { describe, expect, it } from 'vitest';
import { fieldsRefused } from '../../../../test/support/domain-assertions.js';
import { Schedule } from './schedule.js';

const at = (iso: string) => new Date(iso);

describe('Schedule.parse', () => {
  it('keeps a start before an end', () => {
    const schedule = Schedule.parse({
      startsAt: at('2026-12-01T00:00:00Z'),
      endsAt: at('2027-01-01T00:00:00Z'),
    });
    expect(schedule.startsAt?.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(schedule.endsAt?.toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('reads instants given with an offset as the same UTC instant', () => {
    const schedule = Schedule.parse({ startsAt: at('2026-12-01T02:00:00+02:00') });
    expect(schedule.startsAt?.toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });

  it('leaves either end open', () => {
    expect(Schedule.parse({ startsAt: at('2026-12-01T00:00:00Z') }).endsAt).toBeNull();
    expect(Schedule.parse({ endsAt: at('2026-12-01T00:00:00Z') }).startsAt).toBeNull();
  });

  it('is open at both ends when absent or null', () => {
    for (const input of [undefined, null, {}, { startsAt: null, endsAt: null }]) {
      const schedule = Schedule.parse(input);
      expect(schedule.startsAt).toBeNull();
      expect(schedule.endsAt).toBeNull();
    }
  });

  it('refuses an end before the start', () => {
    const input = { startsAt: at('2027-01-01T00:00:00Z'), endsAt: at('2026-12-01T00:00:00Z') };
    expect(fieldsRefused(() => Schedule.parse(input))).toEqual(['schedule.endsAt']);
  });

  it('refuses an end equal to the start', () => {
    const input = { startsAt: at('2026-12-01T00:00:00Z'), endsAt: at('2026-12-01T00:00:00Z') };
    expect(fieldsRefused(() => Schedule.parse(input))).toEqual(['schedule.endsAt']);
  });

  it('refuses an invalid date', () => {
    expect(fieldsRefused(() => Schedule.parse({ startsAt: at('not a date') }))).toEqual([
      'schedule.startsAt',
    ]);
    expect(fieldsRefused(() => Schedule.parse({ endsAt: at('2026-13-45') }))).toEqual([
      'schedule.endsAt',
    ]);
  });
});

describe('Schedule over time', () => {
  const schedule = Schedule.parse({
    startsAt: at('2026-12-01T00:00:00Z'),
    endsAt: at('2027-01-01T00:00:00Z'),
  });

  it('has ended from its end on, not before', () => {
    expect(schedule.hasEndedAt(at('2026-12-31T23:59:59.999Z'))).toBe(false);
    expect(schedule.hasEndedAt(at('2027-01-01T00:00:00Z'))).toBe(true);
    expect(schedule.hasEndedAt(at('2027-06-01T00:00:00Z'))).toBe(true);
  });

  it('never ends without an end', () => {
    expect(Schedule.open.hasEndedAt(at('2999-01-01T00:00:00Z'))).toBe(false);
  });
});
