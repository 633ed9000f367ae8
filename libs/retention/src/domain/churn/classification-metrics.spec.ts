import { describe, expect, it } from 'vitest';
import { areaUnderRoc, brierScore, calibrationByDecile } from './classification-metrics.js';

describe('classification metrics', () => {
  it('computes the AUC by hand: the share of (churner, stayer) pairs ranked right, ties half', () => {
    // Churners scored 0.9, 0.4, 0.4; stayers 0.4, 0.1. Pairs: (0.9>0.4) 1, (0.9>0.1) 1,
    // (0.4=0.4) 0.5, (0.4>0.1) 1, twice -> (1 + 1 + 2 * (0.5 + 1)) / 6 = 5 / 6.
    expect(areaUnderRoc([0.9, 0.4, 0.4, 0.4, 0.1], [1, 1, 1, 0, 0])).toBeCloseTo(5 / 6, 12);
    expect(areaUnderRoc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(areaUnderRoc([0.1, 0.2, 0.8, 0.9], [1, 1, 0, 0])).toBe(0);
    expect(areaUnderRoc([0.5, 0.5], [1, 0])).toBe(0.5);
  });

  it('has no AUC with one outcome only', () => {
    expect(areaUnderRoc([0.1, 0.9], [1, 1])).toBeNull();
  });

  it('computes the Brier score by hand', () => {
    // ((0.8 - 1)^2 + (0.3 - 0)^2) / 2 = (0.04 + 0.09) / 2
    expect(brierScore([0.8, 0.3], [1, 0])).toBeCloseTo(0.065, 12);
  });

  it('cuts ten groups by probability and compares predicted with observed', () => {
    const probabilities = Array.from({ length: 100 }, (_, i) => i / 100);
    const labels = probabilities.map((p) => (p >= 0.5 ? 1 : 0));
    const bins = calibrationByDecile(probabilities, labels);
    expect(bins).toHaveLength(10);
    expect(bins.map((b) => b.customers)).toEqual(Array(10).fill(10));
    expect(bins[0]).toMatchObject({
      decile: 1,
      minPredicted: 0,
      maxPredicted: 0.09,
      observedRate: 0,
    });
    expect(bins[0].meanPredicted).toBeCloseTo(0.045, 12);
    expect(bins[9]).toMatchObject({ decile: 10, observedRate: 1 });
  });
});
