import { describe, expect, it } from 'vitest';
import { readCdnowSummary } from '../../../../../test/support/cdnow-data.js';
import {
  type BgNbdParams,
  bgNbdLogLikelihood,
  expectedPurchases,
  expectedPurchasesOfNewCustomer,
  probabilityAlive,
  probabilityNoPurchase,
} from './bg-nbd.js';
import { BgNbdLikelihood, fitBgNbd } from './bg-nbd-fit.js';

/** Fader, Hardie & Lee (2005), CDNOW weeks 1..39. */
const PUBLISHED: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
/** The same maximum at full precision, as lifetimes and BTYD report it: the reference values were computed here. */
const FITTED: BgNbdParams = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };
const within = (actual: number, expected: number, share: number) =>
  expect(Math.abs(actual - expected) / expected).toBeLessThan(share);

describe('BG/NBD at the fitted CDNOW parameters', () => {
  it('expects 1.226 purchases in 39 weeks of a customer with x = 2, t_x = 30.43, T = 38.86', () => {
    expect(expectedPurchases(FITTED, 39, { x: 2, tX: 30.43, T: 38.86 })).toBeCloseTo(1.226, 3);
  });

  it('expects the published repeat purchases of a new customer by week t', () => {
    const weeks = [0.1429, 1, 3, 31.8571, 32, 78];
    const published = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576];
    weeks.forEach((t, i) =>
      expect(Math.abs(expectedPurchasesOfNewCustomer(FITTED, t) - published[i])).toBeLessThan(
        0.001,
      ),
    );
  });

  it('holds a customer without a repeat purchase alive for certain', () => {
    expect(probabilityAlive(PUBLISHED, { x: 0, tX: 0, T: 100 })).toBe(1);
  });

  it('gives up on a customer who bought 1000 times in 10 weeks and then nothing for 90', () => {
    expect(probabilityAlive(PUBLISHED, { x: 1000, tX: 10, T: 100 })).toBeLessThan(1e-10);
  });

  it('thinks a recent frequent buyer more likely alive than one who went quiet', () => {
    const recent = probabilityAlive(PUBLISHED, { x: 5, tX: 38, T: 39 });
    const quiet = probabilityAlive(PUBLISHED, { x: 5, tX: 10, T: 39 });
    expect(recent).toBeGreaterThan(0.8);
    expect(quiet).toBeLessThan(recent);
  });

  it('stays finite for a customer with thousands of purchases over a long horizon', () => {
    const value = expectedPurchases(PUBLISHED, 520, { x: 3000, tX: 100, T: 101 });
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeGreaterThan(0);
  });

  it('expects no purchases in no time', () => {
    expect(expectedPurchases(PUBLISHED, 0, { x: 3, tX: 5, T: 10 })).toBe(0);
    expect(expectedPurchasesOfNewCustomer(PUBLISHED, 0)).toBe(0);
  });
});

describe("BG/NBD's exact probability of no purchase", () => {
  const ONES: BgNbdParams = { r: 1, alpha: 1, a: 1, b: 1 };

  it('is 45/52 by hand for x 1, t_x 1, T 2 over one week at r = alpha = a = b = 1', () => {
    // P(alive) = 1 / (1 + (a / (b + x - 1)) ((alpha + T) / (alpha + t_x))^(r + x)) = 1 / (1 + 9/4)
    // = 4/13; alive and silent: ((alpha + T) / (alpha + T + t))^(r + x) = (3/4)^2 = 9/16;
    // P0 = 1 - 4/13 + (4/13)(9/16) = 45/52.
    expect(probabilityNoPurchase(ONES, 1, { x: 1, tX: 1, T: 2 })).toBeCloseTo(45 / 52, 12);
  });

  it('is the chance of silence alone for a customer without a repeat purchase', () => {
    expect(probabilityNoPurchase(ONES, 1, { x: 0, tX: 0, T: 1 })).toBeCloseTo(2 / 3, 12);
  });

  it('is 0.44539 for the CDNOW customer x 2, t_x 30.43, T 38.86 over 39 weeks', () => {
    // Reference computed with mpmath at 30 digits: P(alive) 0.726609, P0 0.4453926.
    expect(probabilityNoPurchase(FITTED, 39, { x: 2, tX: 30.43, T: 38.86 })).toBeCloseTo(
      0.4453926,
      6,
    );
  });
});

describe('the BG/NBD likelihood', () => {
  const points = [
    { x: 0, tX: 0, T: 38.86 },
    { x: 2, tX: 30.43, T: 38.86, count: 3 },
    { x: 7, tX: 29.43, T: 38.86 },
    { x: 1, tX: 1.71, T: 20 },
  ];

  it('is computed the same by the prepared form the fit uses', () => {
    expect(new BgNbdLikelihood(points).logLikelihood(PUBLISHED)).toBeCloseTo(
      bgNbdLogLikelihood(PUBLISHED, points),
      9,
    );
  });

  it('counts a point with count n as n customers', () => {
    const spelled = [points[1], points[1], points[1]].map(({ x, tX, T }) => ({ x, tX, T }));
    expect(bgNbdLogLikelihood(PUBLISHED, [points[1]])).toBeCloseTo(
      bgNbdLogLikelihood(PUBLISHED, spelled),
      9,
    );
  });
});

describe('BG/NBD fitted on the CDNOW summary', () => {
  const points = readCdnowSummary().map(({ x, tX, T }) => ({ x, tX, T }));
  const fit = fitBgNbd(points);

  it('reproduces the published r, alpha, a, b within 1 % and says it converged', () => {
    for (const name of ['r', 'alpha', 'a', 'b'] as const)
      within(fit.params[name], PUBLISHED[name], 0.01);
    expect(fit.converged).toBe(true);
  });

  it('reaches the published log-likelihood of -9582.4 within 0.5', () => {
    expect(Math.abs(fit.logLikelihood - -9582.4)).toBeLessThan(0.5);
  });

  it('gives the published expected purchases at the parameters it fitted', () => {
    expect(
      Math.abs(expectedPurchases(fit.params, 39, { x: 2, tX: 30.43, T: 38.86 }) - 1.226),
    ).toBeLessThan(0.001);
    const weeks = [0.1429, 1, 3, 31.8571, 32, 78];
    const published = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576];
    weeks.forEach((t, i) =>
      expect(Math.abs(expectedPurchasesOfNewCustomer(fit.params, t) - published[i])).toBeLessThan(
        0.001,
      ),
    );
  });

  it('is a maximum: nudging any parameter lowers the likelihood', () => {
    for (const name of ['r', 'alpha', 'a', 'b'] as const) {
      for (const factor of [0.98, 1.02]) {
        const nudged = { ...fit.params, [name]: fit.params[name] * factor };
        expect(bgNbdLogLikelihood(nudged, points)).toBeLessThan(fit.logLikelihood);
      }
    }
  });
});
