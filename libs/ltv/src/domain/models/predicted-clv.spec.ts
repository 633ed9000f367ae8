import { describe, expect, it } from 'vitest';
import { expectedPurchases } from './bg-nbd.js';
import { predictedClv } from './predicted-clv.js';
import { WEEKS_PER_MONTH } from './rfm.js';

const PARAMS = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const CUSTOMER = { x: 4, tX: 30, T: 38 };

describe('predictedClv', () => {
  it('is value per purchase times the purchases expected over the horizon, undiscounted', () => {
    const { clv, expectedPurchases: purchases } = predictedClv(PARAMS, CUSTOMER, 40, {
      months: 12,
      monthlyDiscountRate: 0,
    });
    expect(purchases).toBeCloseTo(expectedPurchases(PARAMS, 12 * WEEKS_PER_MONTH, CUSTOMER), 12);
    expect(clv).toBeCloseTo(40 * purchases, 9);
  });

  it('is worth less when future money is discounted', () => {
    const horizon = { months: 12, monthlyDiscountRate: 0 };
    const plain = predictedClv(PARAMS, CUSTOMER, 40, horizon).clv;
    const discounted = predictedClv(PARAMS, CUSTOMER, 40, {
      ...horizon,
      monthlyDiscountRate: 0.01,
    });
    expect(discounted.clv).toBeLessThan(plain);
    expect(discounted.clv).toBeGreaterThan(plain / 1.01 ** 12);
  });

  it('grows with the horizon', () => {
    const year = predictedClv(PARAMS, CUSTOMER, 40, { months: 12, monthlyDiscountRate: 0.01 });
    const twoYears = predictedClv(PARAMS, CUSTOMER, 40, { months: 24, monthlyDiscountRate: 0.01 });
    expect(twoYears.clv).toBeGreaterThan(year.clv);
  });
});
