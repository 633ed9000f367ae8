import { describe, expect, it } from 'vitest';
import { logHyp2f1 } from './special-functions.js';

describe('logHyp2f1', () => {
  it('agrees with the closed form 2F1(1, 1; 2; z) = -ln(1 - z) / z', () => {
    for (const z of [0.01, 0.3, 0.9, 0.999])
      expect(logHyp2f1(1, 1, 2, z)).toBeCloseTo(Math.log(-Math.log1p(-z) / z), 10);
  });

  it('stays finite where the series overflows, through Euler’s transformation', () => {
    // 2F1(a, b; b; z) = (1 - z)^-a: e^2302 for a = 1000, z = 0.9, far past float64.
    const a = 1000;
    const z = 0.9;
    expect(logHyp2f1(a, 1000.5, 1000.5, z)).toBeCloseTo(-a * Math.log1p(-z), 6);
  });

  it('is 0 at z = 0', () => {
    expect(logHyp2f1(2.3, 4.1, 5.2, 0)).toBe(0);
  });
});
