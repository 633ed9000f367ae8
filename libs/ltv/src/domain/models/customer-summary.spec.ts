import { describe, expect, it } from 'vitest';
import { readCdnowSample, readCdnowSummary } from '../../../../../test/support/cdnow-data.js';
import {
  meanRepeatValue,
  type PurchaseDay,
  summarisePurchaseDays,
  toRfmPoint,
} from './customer-summary.js';

const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

describe('summarisePurchaseDays', () => {
  it('sums purchases of one day and leaves the first day out of the repeat value', () => {
    const summary = summarisePurchaseDays(
      [
        { day: 10, amountMinor: 1000 },
        { day: 10, amountMinor: 500 },
        { day: 17, amountMinor: 2000 },
        { day: 24, amountMinor: 3000 },
        { day: 24, amountMinor: 1000 },
      ],
      31,
    )!;
    expect(summary).toEqual({
      repeatPurchases: 2,
      recencyDays: 14,
      ageDays: 21,
      repeatValueMinor: 6000,
    });
    expect(meanRepeatValue(summary, 2)).toBe(30);
    expect(toRfmPoint(summary)).toEqual({ x: 2, tX: 2, T: 3, count: 1 });
  });

  it('counts nothing after the end of the observation period', () => {
    const days: PurchaseDay[] = [
      { day: 5, amountMinor: 100 },
      { day: 40, amountMinor: 100 },
    ];
    expect(summarisePurchaseDays(days, 20)).toEqual({
      repeatPurchases: 0,
      recencyDays: 0,
      ageDays: 15,
      repeatValueMinor: 0,
    });
    expect(summarisePurchaseDays(days, 4)).toBeNull();
  });
});

describe('the CDNOW sample summarised at 1997-09-30', () => {
  it('matches the published summary file for every one of the 2,357 customers', () => {
    const byCustomer = new Map<string, PurchaseDay[]>();
    for (const purchase of readCdnowSample()) {
      const days = byCustomer.get(purchase.customerId) ?? [];
      days.push({
        day: dayOf(purchase.date),
        amountMinor: Math.round(Number(purchase.dollars) * 100),
      });
      byCustomer.set(purchase.customerId, days);
    }
    const summary = readCdnowSummary();
    expect(byCustomer.size).toBe(summary.length);
    for (const row of summary) {
      const mine = summarisePurchaseDays(byCustomer.get(String(row.id))!, dayOf('1997-09-30'))!;
      const point = toRfmPoint(mine);
      expect([point.x, +point.tX.toFixed(2), +point.T.toFixed(2)], `customer ${row.id}`).toEqual([
        row.x,
        row.tX,
        row.T,
      ]);
      // The file rounds to cents (22.345 is written 22.35).
      expect(Math.abs(meanRepeatValue(mine, 2) - row.zbar), `customer ${row.id}`).toBeLessThan(
        0.005 + 1e-9,
      );
    }
  });
});
