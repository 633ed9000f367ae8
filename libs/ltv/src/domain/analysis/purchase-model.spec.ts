import { describe, expect, it } from 'vitest';
import { readCdnowSummary } from '../../../../../test/support/cdnow-data.js';
import type { RfmPoint } from '../models/rfm.js';
import { fitComparisonModel, fitPurchaseModel, givenPurchaseModel } from './purchase-model.js';

const cdnow = (): RfmPoint[] => readCdnowSummary().map(({ x, tX, T }) => ({ x, tX, T }));
const once = (customers: number): RfmPoint[] => [{ x: 0, tX: 0, T: 10, count: customers }];

/** The drop-out pattern BG/NBD cannot identify (as in recalculation.spec): no convergence. */
function unidentifiable(): RfmPoint[] {
  return Array.from({ length: 200 }, (_, i) => {
    const x = i % 7;
    const ageDays = 200 + (i % 50);
    const recencyDays = x === 0 ? 0 : i % 3 === 0 ? 20 + (i % 10) : ageDays - (i % 5);
    return { x, tX: recencyDays / 7, T: ageDays / 7 };
  });
}

describe('the purchase model of a base', () => {
  it('is BG/NBD fitted on every customer of a base it fits', () => {
    const model = fitPurchaseModel(cdnow());
    expect(model.reason).toBeNull();
    expect(model.customers).toBe(2357);
    expect(model.params?.r).toBeCloseTo(0.2426, 3);
    expect(model.params?.b).toBeCloseTo(2.4258, 2);
  });

  it('counts a point with count n as n customers', () => {
    expect(fitPurchaseModel(once(9))).toEqual({
      params: null,
      reason: 'The purchase models need at least 10 customers; the base has 9.',
      customers: 9,
    });
  });

  it('is none without a purchase', () => {
    expect(fitPurchaseModel([])).toEqual({
      params: null,
      reason: 'No customer has a counted purchase up to asOfDay.',
      customers: 0,
    });
  });

  it('is none when nobody bought twice: drop-out cannot be estimated', () => {
    expect(fitPurchaseModel(once(50)).reason).toBe(
      'None of the 50 customers bought on a second day: drop-out cannot be estimated.',
    );
  });

  it('is none when the fit does not converge, and names the parameters it reached', () => {
    const model = fitPurchaseModel(unidentifiable());
    expect(model.params).toBeNull();
    expect(model.reason).toMatch(/^The BG\/NBD fit on 200 customers did not converge \(r /);
  });
});

describe('given parameters', () => {
  it('are used as they are, with no customer seen', () => {
    const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
    expect(givenPurchaseModel(params)).toEqual({ params, reason: null, customers: 0 });
  });

  it('are refused when one is not a positive finite number', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(givenPurchaseModel({ r: 0.243, alpha: bad, a: 0.793, b: 2.426 }).reason).toBe(
        'The given BG/NBD parameters are not all positive finite numbers.',
      );
    }
  });
});

describe('the MBG/NBD comparison', () => {
  it('is fitted on a base BG/NBD can be fitted on, and on no other', () => {
    expect(fitComparisonModel(cdnow())?.converged).toBe(true);
    expect(fitComparisonModel(once(9))).toBeNull();
    expect(fitComparisonModel(once(50))).toBeNull();
  });
});
