import { describe, expect, it } from 'vitest';
import { type DailyActivity, decayWeight, engagementScore } from './engagement-score.js';

const day = (d: number, over: Partial<DailyActivity> = {}): DailyActivity => ({
  day: d,
  sessions: 1,
  clicks: 2,
  conversions: 0,
  durationSeconds: 600,
  events: 4,
  ...over,
});

describe('engagement score', () => {
  it('halves the weight of an activity every half-life', () => {
    expect(decayWeight(0, 14)).toBe(1);
    expect(decayWeight(14, 14)).toBeCloseTo(0.5);
    expect(decayWeight(28, 14)).toBeCloseTo(0.25);
  });

  it('is 0 without activity and at most 100', () => {
    expect(engagementScore([], 100, 14).score).toBe(0);
    const heavy = Array.from({ length: 30 }, (_, i) =>
      day(100 - i, { sessions: 10, clicks: 50, conversions: 5, durationSeconds: 10_000 }),
    );
    const { score } = engagementScore(heavy, 100, 14);
    expect(score).toBeGreaterThan(99);
    expect(score).toBeLessThanOrEqual(100);
  });

  it('weighs recent activity more than the same activity long ago', () => {
    const recent = engagementScore([day(100)], 100, 14).score;
    const old = engagementScore([day(40)], 100, 14).score;
    expect(recent).toBeGreaterThan(old * 5);
  });

  it('gives a conversion more points than a click', () => {
    const click = engagementScore(
      [day(100, { sessions: 0, clicks: 1, durationSeconds: 0 })],
      100,
      14,
    );
    const conversion = engagementScore(
      [day(100, { sessions: 0, clicks: 0, conversions: 1, durationSeconds: 0 })],
      100,
      14,
    );
    expect(conversion.score).toBeGreaterThan(click.score);
    expect(conversion.signals.conversions.points).toBeCloseTo(30 * (1 - Math.exp(-1)), 1);
  });
});
