import { describe, expect, it } from 'vitest';
import { readCdnowSummary } from '../../../../../test/support/cdnow-data.js';
import {
  expectedAverageValue,
  fitGammaGamma,
  type GammaGammaParams,
  gammaGammaLogLikelihood,
} from './gamma-gamma.js';

/** Fader, Hardie & Lee (2005), "RFM and CLV": 946 repeat buyers of the CDNOW sample. */
const PUBLISHED: GammaGammaParams = { p: 6.25, q: 3.74, gamma: 15.44 };
/** The first ten customers of the summary file: x and mean repeat value. */
const FIRST_TEN = [
  [2, 22.35],
  [1, 11.77],
  [0, 0],
  [0, 0],
  [0, 0],
  [7, 73.74],
  [1, 11.77],
  [0, 0],
  [2, 25.55],
  [0, 0],
];
const EXPECTED_SPEND = [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17];

describe('Gamma-Gamma at the published parameters', () => {
  it('expects the published average spend of the first ten CDNOW customers', () => {
    FIRST_TEN.forEach(([x, meanValue], i) =>
      expect(
        Math.abs(expectedAverageValue(PUBLISHED, { x, meanValue }) - EXPECTED_SPEND[i]),
      ).toBeLessThan(0.1),
    );
  });

  it('shrinks a repeat buyer towards the population mean, less so with more purchases', () => {
    const population = expectedAverageValue(PUBLISHED, { x: 0, meanValue: 0 });
    const one = expectedAverageValue(PUBLISHED, { x: 1, meanValue: 100 });
    const ten = expectedAverageValue(PUBLISHED, { x: 10, meanValue: 100 });
    expect(one).toBeGreaterThan(population);
    expect(one).toBeLessThan(ten);
    expect(ten).toBeLessThan(100);
  });

  it('takes the population mean for a repeat buyer whose repeat purchases were free', () => {
    expect(expectedAverageValue(PUBLISHED, { x: 2, meanValue: 0 })).toBeCloseTo(
      (PUBLISHED.p * PUBLISHED.gamma) / (PUBLISHED.q - 1),
      9,
    );
  });
});

describe('Gamma-Gamma fitted on the CDNOW repeat buyers', () => {
  const points = readCdnowSummary().map(({ x, zbar }) => ({ x, meanValue: zbar }));
  const fit = fitGammaGamma(points);

  it('reproduces the published p, q, gamma within 1 % and says it converged', () => {
    for (const name of ['p', 'q', 'gamma'] as const)
      expect(Math.abs(fit.params[name] - PUBLISHED[name]) / PUBLISHED[name]).toBeLessThan(0.01);
    expect(fit.converged).toBe(true);
  });

  it('fits on the 946 repeat buyers only, to a log-likelihood of about -4055.9', () => {
    const repeatBuyers = points.filter((point) => point.x > 0);
    expect(repeatBuyers).toHaveLength(946);
    expect(gammaGammaLogLikelihood(fit.params, repeatBuyers)).toBeCloseTo(fit.logLikelihood, 6);
    expect(Math.abs(fit.logLikelihood - -4055.9)).toBeLessThan(0.5);
  });
});
