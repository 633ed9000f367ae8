import { describe, expect, it } from 'vitest';
import { validationErrorOf } from '../../../../../test/support/domain-assertions.js';
import {
  absoluteRule,
  assignSegments,
  DEFAULT_SEGMENT_RULE,
  lowestValues,
  type Segment,
  segmentsFor,
} from './segments.js';

const count = (segments: Segment[]) =>
  segments.reduce<Record<string, number>>((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {});

describe('percentile segments', () => {
  it('puts the top 5 % in VIP, the next 15 % in High, the next 30 % in Medium, the rest in Low', () => {
    const values = Array.from({ length: 200 }, (_, i) => (i * 37) % 200); // a shuffled 0..199
    const segments = assignSegments(values, DEFAULT_SEGMENT_RULE);
    expect(count(segments)).toEqual({ VIP: 10, High: 30, Medium: 60, Low: 100 });
    values.forEach((value, i) => {
      const expected =
        value >= 190 ? 'VIP' : value >= 160 ? 'High' : value >= 100 ? 'Medium' : 'Low';
      expect(segments[i]).toBe(expected);
    });
  });

  it('keeps the shares exact when many customers tie (earlier customers first)', () => {
    const segments = assignSegments(new Array(20).fill(0), DEFAULT_SEGMENT_RULE);
    expect(count(segments)).toEqual({ VIP: 1, High: 3, Medium: 6, Low: 10 });
    expect(segments[0]).toBe('VIP');
  });

  it('reports the lowest value that made each segment', () => {
    const values = [5, 50, 500, 5000, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17];
    const segments = assignSegments(values, DEFAULT_SEGMENT_RULE);
    expect(lowestValues(values, segments)).toEqual({ VIP: 5000, High: 17, Medium: 11 });
  });
});

describe('absolute segments', () => {
  const rule = absoluteRule({ VIP: 100_000, High: 50_000, Medium: 10_000 });

  it('compares each value with the lower bounds', () => {
    expect(assignSegments([100_000, 99_999, 50_000, 10_000, 9_999, 0], rule)).toEqual([
      'VIP',
      'High',
      'High',
      'Medium',
      'Low',
      'Low',
    ]);
  });

  it('refuses bounds that do not fall from VIP to Medium', () => {
    for (const bounds of [
      { VIP: 100, High: 100, Medium: 10 },
      { VIP: 100, High: 50, Medium: 60 },
      { VIP: 100, High: 50, Medium: -1 },
    ]) {
      expect(validationErrorOf(() => absoluteRule(bounds)).code).toBe(
        'LTV.INVALID_SEGMENT_THRESHOLDS',
      );
    }
  });
});

describe('segmentsFor', () => {
  it('gives no customer a segment when every predicted CLV is zero, and says why', () => {
    const result = segmentsFor(new Array(20).fill(0), DEFAULT_SEGMENT_RULE);
    expect(result.segments.every((s) => s === null)).toBe(true);
    expect(result.withheld).toMatch(/Every predicted CLV is the same/);
  });

  it('gives no segment to a base of fewer than ten customers', () => {
    const result = segmentsFor([5, 4, 3], DEFAULT_SEGMENT_RULE);
    expect(result.segments).toEqual([null, null, null]);
    expect(result.withheld).toMatch(/at least 10 customers; the base has 3/);
  });

  it('segments a base of ten distinct values as the rule says', () => {
    const values = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    expect(segmentsFor(values, DEFAULT_SEGMENT_RULE)).toEqual({
      segments: ['VIP', 'High', 'Medium', 'Medium', 'Medium', 'Low', 'Low', 'Low', 'Low', 'Low'],
      withheld: null,
    });
  });
});
