import { describe, expect, it } from 'vitest';
import { fitLogistic, linearPredictor, logit, sigmoid } from './logistic-regression.js';

/** A deterministic pseudo-random stream (xorshift), so the synthetic base is the same each run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) % 1_000_000) / 1_000_000;
  };
}

function synthetic(truth: number[], n: number, offsets?: (i: number) => number) {
  const next = random(7);
  const rows: number[][] = [];
  const labels: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const row = [1, next() * 10, next() * 3];
    const p = sigmoid(linearPredictor(truth, row, offsets?.(i) ?? 0));
    rows.push(row);
    labels.push(next() < p ? 1 : 0);
  }
  return { rows, labels };
}

describe('logistic regression', () => {
  it('recovers the coefficients that generated a large base', () => {
    const truth = [-2, 0.5, -0.8];
    const { rows, labels } = synthetic(truth, 20_000);
    const fit = fitLogistic({ rows, labels, priorMeans: [0, 0, 0], priorPrecision: 1 });
    expect(fit.converged).toBe(true);
    fit.coefficients.forEach((c, j) => expect(c).toBeCloseTo(truth[j], 1));
  });

  it('fits a correction on top of an offset, not the offset again', () => {
    const offsets = (i: number) => ((i % 7) - 3) / 2;
    const truth = [0.3, 0, 0];
    const { rows, labels } = synthetic(truth, 20_000, offsets);
    const fit = fitLogistic({
      rows,
      labels,
      offsets: rows.map((_, i) => offsets(i)),
      priorMeans: [0, 0, 0],
      priorPrecision: 1,
    });
    fit.coefficients.forEach((c, j) => expect(c).toBeCloseTo(truth[j], 1));
  });

  it('stays finite, near the prior, when a feature separates the classes perfectly', () => {
    const rows = [0, 1, 2, 3, 4, 5].map((x) => [1, x]);
    const labels = [0, 0, 0, 1, 1, 1];
    const fit = fitLogistic({ rows, labels, priorMeans: [0, 0], priorPrecision: 1 });
    expect(fit.converged).toBe(true);
    expect(fit.coefficients.every(Number.isFinite)).toBe(true);
    expect(fit.coefficients[1]).toBeGreaterThan(0);
    expect(fit.coefficients[1]).toBeLessThan(5);
  });

  it('returns the prior itself without data', () => {
    const fit = fitLogistic({ rows: [], labels: [], priorMeans: [-1, 0.45], priorPrecision: 1 });
    expect(fit.coefficients).toEqual([-1, 0.45]);
  });

  it('keeps logits finite at 0 and 1', () => {
    expect(Number.isFinite(logit(0))).toBe(true);
    expect(Number.isFinite(logit(1))).toBe(true);
    expect(logit(0.5)).toBe(0);
    expect(sigmoid(logit(0.8))).toBeCloseTo(0.8, 12);
  });
});
