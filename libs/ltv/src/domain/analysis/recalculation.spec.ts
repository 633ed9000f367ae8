import { describe, expect, it } from 'vitest';
import { readCdnowSummary } from '../../../../../test/support/cdnow-data.js';
import { domainErrorOf } from '../../../../../test/support/domain-assertions.js';
import { type BaseCustomer, fitBase } from './recalculation.js';

const HORIZON = { months: 12, monthlyDiscountRate: 0.01 };

/**
 * A synthetic base whose drop-out pattern BG/NBD cannot identify: a and b run off to millions
 * and the fit does not converge (the shape of the bug report's r = 3,448,662).
 */
function base(): BaseCustomer[] {
  const customers: BaseCustomer[] = [];
  for (let i = 0; i < 200; i += 1) {
    const repeatPurchases = i % 7;
    const ageDays = 200 + (i % 50);
    const recencyDays = repeatPurchases === 0 ? 0 : i % 3 === 0 ? 20 + (i % 10) : ageDays - (i % 5);
    customers.push({
      customerId: `c-${i}`,
      repeatPurchases,
      recencyDays,
      ageDays,
      repeatValueMinor: repeatPurchases * (1000 + (i % 11) * 150),
      orders: repeatPurchases + 1,
      revenueMinor: (repeatPurchases + 1) * (1000 + (i % 11) * 150),
    });
  }
  return customers;
}

/** The CDNOW summary (the models converge on it) plus two customers with three repeat days. */
function cdnowBase(): BaseCustomer[] {
  const customers = readCdnowSummary().map(({ id, x, tX, T, zbar }) => ({
    customerId: `cdnow-${id}`,
    repeatPurchases: x,
    recencyDays: Math.round(tX * 7),
    ageDays: Math.round(T * 7),
    repeatValueMinor: Math.round(zbar * 100 * x),
    orders: x + 1,
    revenueMinor: Math.round(zbar * 100 * (x + 1)),
  }));
  const three = { repeatPurchases: 3, ageDays: 250, repeatValueMinor: 6000 };
  const rest = { orders: 4, revenueMinor: 8000 };
  customers.push({ customerId: 'quiet', ...three, ...rest, recencyDays: 23 });
  customers.push({ customerId: 'active', ...three, ...rest, recencyDays: 248 });
  return customers;
}

describe('fitBase', () => {
  const fit = fitBase(cdnowBase(), 2, HORIZON);
  const n = cdnowBase().length;

  it('predicts every customer, with probabilities in [0, 1] and CLV in whole minor units', () => {
    expect(fit.predictions).toHaveLength(n);
    for (const p of fit.predictions) {
      expect(p.probabilityAlive).toBeGreaterThanOrEqual(0);
      expect(p.probabilityAlive).toBeLessThanOrEqual(1);
      expect(Number.isInteger(p.predictedClvMinor)).toBe(true);
      expect(p.predictedClvMinor).toBeGreaterThanOrEqual(0);
    }
  });

  it('values a customer who kept buying above one who went quiet with the same purchases', () => {
    const quiet = fit.predictions[n - 2]; // stopped after day 23
    const activeThree = fit.predictions[n - 1]; // the same purchases, the last two days ago
    expect(activeThree.probabilityAlive).toBeGreaterThan(quiet.probabilityAlive);
    expect(activeThree.predictedClvMinor).toBeGreaterThan(quiet.predictedClvMinor);
  });

  it('gives customers with the same history the same forecast', () => {
    const twins = fitBase(
      [...cdnowBase(), { ...cdnowBase()[n - 1], customerId: 'twin' }],
      2,
      HORIZON,
    ).predictions;
    const twin = twins.at(-1)!;
    expect(twin.expectedPurchases).toBe(twins[n - 1].expectedPurchases);
    expect(twin.probabilityAlive).toBe(twins[n - 1].probabilityAlive);
  });

  it('uses the models on a base they fit, and says so', () => {
    expect(fit.basis).toEqual({ method: 'bg-nbd-gamma-gamma', reason: null });
    expect(fit.bgNbd?.converged).toBe(true);
  });

  it('refuses a base without a customer', () => {
    expect(domainErrorOf(() => fitBase([], 2, HORIZON)).code).toBe('LTV.NOT_ENOUGH_DATA');
  });

  it('falls back to the observed rate on a base too small to fit, with the reason', () => {
    const small = fitBase(
      [
        { ...history(2, 3000, 59), customerId: 'repeat' },
        { ...history(1, 1250, 9), customerId: 'once' },
      ],
      2,
      HORIZON,
    );
    expect(small.bgNbd).toBeNull();
    expect(small.basis.method).toBe('observed-rate');
    expect(small.basis.reason).toContain('the base has 2 customers and 1 such repeat buyers');
    // By hand: 30.00 over 60 days is 0.5 a day, 15.21875 a month (365.25 / 12 days); the twelve
    // monthly discounts 1 / 1.01^m sum to 11.2550775, so 1521.875 x 11.2550775 = 17128.82 minor.
    expect(small.predictions[0]).toEqual({
      customerId: 'repeat',
      expectedPurchases: expect.closeTo(12.175, 9), // 2 orders / 60 days x 365.25 days
      probabilityAlive: 1,
      expectedAverageValue: 15,
      predictedClvMinor: 17129,
    });
    // 12.50 over 10 days: 3804.6875 a month x 11.2550775 = 42822.05 minor.
    expect(small.predictions[1].predictedClvMinor).toBe(42822);
    expect(small.predictions[1].expectedPurchases).toBeCloseTo(36.525, 9);
  });

  it('falls back when a fit does not converge, keeping its parameters beside the reason', () => {
    const result = fitBase(base(), 2, HORIZON);
    expect(result.bgNbd?.converged).toBe(false);
    expect(result.bgNbd?.params.a).toBeGreaterThan(1e5);
    expect(result.basis.method).toBe('observed-rate');
    // Customer 0 of the synthetic base: 1 order of 10.00, 200 days old: 10.00 / 201 days.
    const byHand = (1000 * (365.25 / 12)) / 201;
    const discounts = Array.from({ length: 12 }, (_, m) => 1 / 1.01 ** (m + 1));
    expect(result.predictions[0].predictedClvMinor).toBe(
      Math.round(byHand * discounts.reduce((sum, d) => sum + d, 0)),
    );
    expect(result.basis.reason).toMatch(/did not converge: its parameters are not used/);
  });
});

/** A summary with `orders` purchase days (one order a day), the last one `ageDays` ago. */
function history(orders: number, revenueMinor: number, ageDays: number) {
  return {
    repeatPurchases: orders - 1,
    recencyDays: orders > 1 ? ageDays : 0,
    ageDays,
    repeatValueMinor: orders > 1 ? revenueMinor / 2 : 0,
    orders,
    revenueMinor,
  };
}
