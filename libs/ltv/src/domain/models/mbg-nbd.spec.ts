import { describe, expect, it } from 'vitest';
import { readCdnowSummary } from '../../../../../test/support/cdnow-data.js';
import {
  mbgNbdLogLikelihood,
  type MbgNbdParams,
  mbgNbdPointLogLikelihood,
  mbgNbdProbabilityAlive,
  mbgNbdProbabilityNoPurchase,
} from './mbg-nbd.js';
import { fitMbgNbd, MbgNbdLikelihood } from './mbg-nbd-fit.js';

/** Round parameters, so that every value below can be worked out by hand. */
const ONES: MbgNbdParams = { r: 1, alpha: 1, a: 1, b: 1 };
const within = (actual: number, expected: number, share: number) =>
  expect(Math.abs(actual - expected) / expected).toBeLessThan(share);

describe('MBG/NBD by hand (r = alpha = a = b = 1)', () => {
  it('gives a one-time buyer (x 0, T 1) the likelihood 3/4', () => {
    // lnG(1) - lnG(1) + 1 ln 1 + lnG(2) + lnG(2) - lnG(1) - lnG(3) + ln(2^-1 + (1/1) 1^-1)
    // = -ln 2 + ln 1.5
    expect(mbgNbdPointLogLikelihood(ONES, { x: 0, tX: 0, T: 1 })).toBeCloseTo(Math.log(0.75), 12);
  });

  it('gives a repeat buyer (x 1, t_x 1, T 2) the likelihood 17/216', () => {
    // lnG(2) - lnG(1) + lnG(2) + lnG(3) - lnG(1) - lnG(4) + ln(3^-2 + (1/2) 2^-2)
    // = ln(2 / 6) + ln(1/9 + 1/8)
    expect(mbgNbdPointLogLikelihood(ONES, { x: 1, tX: 1, T: 2 })).toBeCloseTo(
      Math.log(17 / 216),
      12,
    );
  });

  it('may have lost a customer who never bought again: P(alive) 1/3, P(no purchase) 8/9', () => {
    // 1 / (1 + (a / b) ((alpha + T) / alpha)^r) = 1 / (1 + 2); over t = 1 week:
    // 1 - 1/3 + 1/3 (2/3)^1
    const point = { x: 0, tX: 0, T: 1 };
    expect(mbgNbdProbabilityAlive(ONES, point)).toBeCloseTo(1 / 3, 12);
    expect(mbgNbdProbabilityNoPurchase(ONES, 1, point)).toBeCloseTo(8 / 9, 12);
  });

  it('holds a repeat buyer alive with 1 / (1 + (1/2)(3/2)^2) = 8/17', () => {
    expect(mbgNbdProbabilityAlive(ONES, { x: 1, tX: 1, T: 2 })).toBeCloseTo(8 / 17, 12);
  });
});

describe('the MBG/NBD likelihood', () => {
  const params: MbgNbdParams = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };
  const points = [
    { x: 0, tX: 0, T: 38.86 },
    { x: 2, tX: 30.43, T: 38.86, count: 3 },
    { x: 7, tX: 29.43, T: 38.86 },
    { x: 1, tX: 1.71, T: 20 },
  ];

  it('of the base is the sum of its points, each times its count', () => {
    const sum = points.reduce(
      (total, p) => total + (p.count ?? 1) * mbgNbdPointLogLikelihood(params, p),
      0,
    );
    expect(mbgNbdLogLikelihood(params, points)).toBeCloseTo(sum, 9);
  });

  it('is computed the same by the prepared form the fit uses', () => {
    expect(new MbgNbdLikelihood(points).logLikelihood(params)).toBeCloseTo(
      mbgNbdLogLikelihood(params, points),
      9,
    );
  });

  it('holds no customer alive for certain, and a quiet one less than a recent one', () => {
    expect(mbgNbdProbabilityAlive(params, { x: 0, tX: 0, T: 39 })).toBeLessThan(1);
    const recent = mbgNbdProbabilityAlive(params, { x: 5, tX: 38, T: 39 });
    const quiet = mbgNbdProbabilityAlive(params, { x: 5, tX: 10, T: 39 });
    expect(quiet).toBeLessThan(recent);
  });
});

describe('MBG/NBD fitted on the CDNOW sample (weeks 1..39)', () => {
  const fit = fitMbgNbd(readCdnowSummary());

  // The reference maximum was found independently, by scipy (Nelder-Mead, then BFGS) on the
  // log-likelihood of Batislam et al.: r 0.52484, alpha 6.18299, a 0.89136, b 1.61400,
  // log-likelihood -9582.13 (BG/NBD's is -9582.43 on the same data).
  it('finds the reference maximum (within 1 %) and converges', () => {
    expect(fit.converged).toBe(true);
    within(fit.params.r, 0.52484, 0.01);
    within(fit.params.alpha, 6.18299, 0.01);
    within(fit.params.a, 0.89136, 0.01);
    within(fit.params.b, 1.614, 0.01);
    expect(Math.abs(fit.logLikelihood - -9582.13)).toBeLessThan(0.05);
  });
});
