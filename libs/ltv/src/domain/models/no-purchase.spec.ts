import { describe, expect, it } from 'vitest';
import { type BgNbdParams, probabilityNoPurchase } from './bg-nbd.js';
import { noPurchaseByExpectation } from './no-purchase.js';

/** Fader, Hardie & Lee's CDNOW fit at full precision (as in bg-nbd.spec). */
const FITTED: BgNbdParams = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };

describe('P(no purchase) from the expected purchases', () => {
  it('is 1 / (3 - 4 ln 1.5) by hand for a one-time buyer at r 1, alpha 1, a 2, b 1', () => {
    // x 0, T 1, t 1: E = (a + b - 1) / (a - 1) (1 - (2/3) 2F1(1, 1; 2; 1/3)), and
    // 2F1(1, 1; 2; z) = -ln(1 - z) / z = 3 ln 1.5, so E = 2 - 4 ln 1.5 = 0.378139;
    // the shape r + x is 1: P0 = (1 + E)^-1.
    const { expectedPurchases, probabilityNoPurchase } = noPurchaseByExpectation(
      { r: 1, alpha: 1, a: 2, b: 1 },
      1,
      { x: 0, tX: 0, T: 1 },
    );
    expect(expectedPurchases).toBeCloseTo(2 - 4 * Math.log(1.5), 12);
    expect(probabilityNoPurchase).toBeCloseTo(1 / (3 - 4 * Math.log(1.5)), 12);
  });

  it('is 0.37607 for the CDNOW customer x 2, t_x 30.43, T 38.86 over 39 weeks', () => {
    // E = 1.2259104 (mpmath, 30 digits); k = r + x = 2.242593;
    // (1 + 1.2259104 / 2.242593)^-2.242593 = 0.3760725, where the exact P0 says 0.4453926.
    const point = { x: 2, tX: 30.43, T: 38.86 };
    const { expectedPurchases, probabilityNoPurchase: p0 } = noPurchaseByExpectation(
      FITTED,
      39,
      point,
    );
    expect(expectedPurchases).toBeCloseTo(1.2259104, 6);
    expect(p0).toBeCloseTo(0.3760725, 6);
    expect(p0).toBeLessThan(probabilityNoPurchase(FITTED, 39, point));
  });

  it('is certain over no time and falls as the horizon grows', () => {
    const point = { x: 3, tX: 20, T: 30 };
    expect(noPurchaseByExpectation(FITTED, 0, point).probabilityNoPurchase).toBe(1);
    const byHorizon = [1, 4, 13, 26, 52, 104].map(
      (t) => noPurchaseByExpectation(FITTED, t, point).probabilityNoPurchase,
    );
    byHorizon.forEach((p, i) => {
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(i === 0 ? 1 : byHorizon[i - 1]);
    });
  });

  it('expects a recent frequent buyer to buy again sooner than a quiet or one-time buyer', () => {
    const p0 = (point: { x: number; tX: number; T: number }) =>
      noPurchaseByExpectation(FITTED, 39, point).probabilityNoPurchase;
    const recent = p0({ x: 6, tX: 38, T: 39 });
    const quiet = p0({ x: 6, tX: 10, T: 39 });
    const once = p0({ x: 0, tX: 0, T: 39 });
    expect(recent).toBeLessThan(quiet);
    expect(recent).toBeLessThan(once);
  });
});
