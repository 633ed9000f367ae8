import { describe, expect, it } from 'vitest';
import { touchShares } from './attribution-model.js';

const HOUR = 3_600_000;
/** Three clicks 72 h, 24 h and 0 h before the conversion. */
const threeTouches = [72 * HOUR, 24 * HOUR, 0];

const shares = (
  model: Parameters<typeof touchShares>[0]['model'],
  ages: number[],
  halfLifeHours = 168,
) => touchShares({ model, halfLifeHours }, ages);

describe('attribution models', () => {
  it('gives everything to the last click under last_click', () => {
    expect(shares('last_click', threeTouches)).toEqual([0, 0, 1]);
  });

  it('gives everything to the first click under first_click', () => {
    expect(shares('first_click', threeTouches)).toEqual([1, 0, 0]);
  });

  it('shares evenly under linear', () => {
    expect(shares('linear', threeTouches)).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it('halves a click for every half-life it is older under time_decay', () => {
    // Weights 1/8, 1/2 and 1 with a 24 h half-life: shares 1/13, 4/13, 8/13.
    const result = shares('time_decay', threeTouches, 24);
    expect(result[0]).toBeCloseTo(1 / 13, 12);
    expect(result[1]).toBeCloseTo(4 / 13, 12);
    expect(result[2]).toBeCloseTo(8 / 13, 12);
  });

  it('weighs by the configured half-life, not a fixed one', () => {
    // 48 h half-life: weights 2^-1.5, 2^-0.5, 1.
    const weights = [2 ** -1.5, 2 ** -0.5, 1];
    const sum = weights.reduce((a, b) => a + b);
    const result = shares('time_decay', threeTouches, 48);
    weights.forEach((weight, i) => expect(result[i]).toBeCloseTo(weight / sum, 12));
  });

  it('keeps time_decay shares finite when every click is thousands of half-lives old', () => {
    // 2^-2000 is 0 in a double: the weights are taken relative to the youngest click instead.
    const result = shares('time_decay', [3000 * HOUR, 2000 * HOUR], 1);
    expect(result).toEqual([2 ** -1000 / (1 + 2 ** -1000), 1 / (1 + 2 ** -1000)]);
    const even = shares('time_decay', [2000 * HOUR, 2000 * HOUR], 1);
    expect(even).toEqual([0.5, 0.5]);
  });

  it('gives 40/20/40 under position_based, the middle shared', () => {
    expect(shares('position_based', threeTouches)).toEqual([0.4, 0.2, 0.4]);
    expect(shares('position_based', [4, 3, 2, 1, 0])).toEqual([
      0.4,
      0.2 / 3,
      0.2 / 3,
      0.2 / 3,
      0.4,
    ]);
  });

  it('splits two touches 50/50 and gives one touch everything under position_based', () => {
    expect(shares('position_based', [HOUR, 0])).toEqual([0.5, 0.5]);
    expect(shares('position_based', [0])).toEqual([1]);
  });

  it('gives a single touch the whole conversion under every model', () => {
    for (const model of [
      'last_click',
      'first_click',
      'linear',
      'time_decay',
      'position_based',
    ] as const)
      expect(shares(model, [5 * HOUR])).toEqual([1]);
  });

  it('refuses a conversion without touches', () => {
    expect(() => shares('linear', [])).toThrow();
  });
});
