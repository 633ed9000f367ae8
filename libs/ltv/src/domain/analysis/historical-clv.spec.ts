import { describe, expect, it } from 'vitest';
import { historicalClv } from './historical-clv.js';

describe('historicalClv', () => {
  it('is average order value x purchase frequency x lifespan', () => {
    // 4 orders worth 200.00 over the 365.25 days ending on the as-of day.
    const value = historicalClv(
      { orders: 4, revenueMinor: 20_000, firstDay: 0, asOfDay: 364.25 },
      2,
    );
    expect(value.averageOrderValue).toBe(50);
    expect(value.lifespanYears).toBeCloseTo(1, 12);
    expect(value.purchaseFrequencyPerYear).toBeCloseTo(4, 12);
    expect(value.clv).toBeCloseTo(200, 9);
  });

  it('comes to the revenue so far: the terms only say where it came from', () => {
    const value = historicalClv(
      { orders: 7, revenueMinor: 123_456, firstDay: 100, asOfDay: 900 },
      2,
    );
    expect(value.clv).toBeCloseTo(1234.56, 8);
  });

  it('gives a customer who first bought today a lifespan of one day', () => {
    const value = historicalClv({ orders: 1, revenueMinor: 999, firstDay: 50, asOfDay: 50 }, 2);
    expect(value.lifespanYears).toBeCloseTo(1 / 365.25, 12);
    expect(value.clv).toBeCloseTo(9.99, 9);
  });

  it('reads minor units by the currency’s digits (JPY has none)', () => {
    expect(
      historicalClv({ orders: 2, revenueMinor: 3000, firstDay: 0, asOfDay: 10 }, 0)
        .averageOrderValue,
    ).toBe(1500);
  });
});
