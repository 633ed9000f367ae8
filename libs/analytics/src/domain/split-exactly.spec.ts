import { describe, expect, it } from 'vitest';
import { splitExactly } from './split-exactly.js';

describe('splitExactly', () => {
  it('gives the unit left by thirds to the earliest part', () => {
    expect(splitExactly(10_000, [1 / 3, 1 / 3, 1 / 3])).toEqual([3334, 3333, 3333]);
  });

  it('gives the units left to the largest fractions', () => {
    // 769.23, 3076.92, 6153.85: two cents are left, for the two largest fractions.
    expect(splitExactly(10_000, [1 / 13, 4 / 13, 8 / 13])).toEqual([769, 3077, 6154]);
  });

  it('always adds up to the total', () => {
    const shares = [0.4, 0.2 / 3, 0.2 / 3, 0.2 / 3, 0.4];
    for (const total of [0, 1, 7, 999, 1_000_000, 123_456_789])
      expect(splitExactly(total, shares).reduce((a, b) => a + b)).toBe(total);
  });

  it('keeps exact shares exact', () => {
    expect(splitExactly(10_000, [0.4, 0.2, 0.4])).toEqual([4000, 2000, 4000]);
    expect(splitExactly(5, [0, 1, 0])).toEqual([0, 5, 0]);
  });
});
