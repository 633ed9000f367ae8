import { describe, expect, it } from 'vitest';
import { zeroFilledMinutes } from './minute-series.js';
import { realtimeMinutes, realtimeWindow, totalsOf } from './realtime-window.js';

describe('the real-time window', () => {
  it('is the 60 minutes that end with the running one', () => {
    expect(realtimeWindow(new Date('2026-11-26T09:41:27.500Z'))).toEqual({
      start: new Date('2026-11-26T08:42:00Z'),
      end: new Date('2026-11-26T09:42:00Z'),
    });
    expect(realtimeWindow(new Date('2026-11-26T09:42:00Z')).end).toEqual(
      new Date('2026-11-26T09:43:00Z'),
    );
  });

  it('zero-fills the quiet minutes, in order, and ignores entries outside', () => {
    const start = new Date('2026-11-26T09:00:00Z');
    const filled = zeroFilledMinutes(
      start,
      3,
      [
        { minute: '2026-11-26T09:01:00.000Z', value: 7 },
        { minute: '2026-11-26T09:05:00.000Z', value: 9 },
      ],
      (minute) => ({ minute, value: 0 }),
    );
    expect(filled).toEqual([
      { minute: '2026-11-26T09:00:00.000Z', value: 0 },
      { minute: '2026-11-26T09:01:00.000Z', value: 7 },
      { minute: '2026-11-26T09:02:00.000Z', value: 0 },
    ]);
  });

  it('puts traffic and leads of the same minute side by side', () => {
    const start = new Date('2026-11-26T08:42:00Z');
    const minutes = realtimeMinutes(
      start,
      [{ minute: '2026-11-26T09:00:00.000Z', clicks: 4, conversions: 1, revenue: [] }],
      [
        { minute: '2026-11-26T09:00:00.000Z', leads: 2 },
        { minute: '2026-11-26T09:10:00.000Z', leads: 1 },
      ],
    );
    expect(minutes).toHaveLength(60);
    expect(minutes[18]).toEqual({
      minute: '2026-11-26T09:00:00.000Z',
      clicks: 4,
      conversions: 1,
      leads: 2,
      revenue: [],
    });
    expect(minutes[28]).toMatchObject({ minute: '2026-11-26T09:10:00.000Z', clicks: 0, leads: 1 });
  });

  it('sums revenue per currency in minor units, so no cent drifts', () => {
    const minute = (revenue: { currency: string; amount: number }[]) => ({
      minute: '2026-11-26T09:00:00.000Z',
      clicks: 1,
      conversions: revenue.length,
      leads: 0,
      revenue,
    });
    const totals = totalsOf([
      minute([{ currency: 'USD', amount: 0.1 }]),
      minute([
        { currency: 'EUR', amount: 3 },
        { currency: 'USD', amount: 0.2 },
      ]),
      minute([{ currency: 'JPY', amount: 500 }]),
    ]);
    expect(totals).toEqual({
      clicks: 3,
      conversions: 4,
      leads: 0,
      revenue: [
        { currency: 'EUR', amount: 3 },
        { currency: 'JPY', amount: 500 },
        { currency: 'USD', amount: 0.3 },
      ],
    });
  });
});
