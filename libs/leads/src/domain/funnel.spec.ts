import { describe, expect, it } from 'vitest';
import { addFunnels, EMPTY_FUNNEL, funnelRates, scoreRanges } from './funnel.js';

describe('the funnel', () => {
  it('gives each step as a share of the one it comes from, null over zero', () => {
    const counts = {
      submissions: 10,
      valid: 8,
      invalid: 1,
      spam: 1,
      duplicates: 2,
      leads: 6,
      qualified: 3,
      hot: 2,
      converted: 1,
    };
    expect(funnelRates(counts)).toEqual({
      valid: 0.8,
      invalid: 0.1,
      spam: 0.1,
      duplicates: 0.25,
      leads: 0.75,
      qualified: 0.5,
      hot: 0.6667,
      converted: 0.1667,
    });
    expect(funnelRates(EMPTY_FUNNEL).valid).toBeNull();
    expect(addFunnels(counts, counts).leads).toBe(12);
  });

  it('puts scores in ranges of ten, 100 in the last', () => {
    const ranges = scoreRanges(
      new Map([
        [0, 1],
        [9, 1],
        [10, 2],
        [100, 3],
        [95, 1],
      ]),
    );
    expect(ranges.map((r) => r.count)).toEqual([2, 2, 0, 0, 0, 0, 0, 0, 0, 4]);
    expect(ranges[9]).toMatchObject({ from: 90, to: 100 });
  });
});
