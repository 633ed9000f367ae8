import { describe, expect, it } from 'vitest';
import { segmentOf } from './segment.js';

const active = {
  daysSinceFirstActivity: 90,
  daysSinceLastActivity: 1,
  activeDaysLast30: 8,
  engagementScore: 60,
  churnProbability: 0.05,
};

describe('segments', () => {
  it('calls an engaged regular Active', () => expect(segmentOf(active)).toBe('Active'));
  it('calls a customer first seen this week New', () =>
    expect(segmentOf({ ...active, daysSinceFirstActivity: 3 })).toBe('New'));
  it('calls a customer silent for 60 days Churned, even a new one', () =>
    expect(segmentOf({ ...active, daysSinceFirstActivity: 5, daysSinceLastActivity: 60 })).toBe(
      'Churned',
    ));
  it('calls a likely churner At-Risk', () =>
    expect(segmentOf({ ...active, churnProbability: 0.6 })).toBe('At-Risk'));
  it('calls a customer silent for three weeks At-Risk', () =>
    expect(segmentOf({ ...active, daysSinceLastActivity: 21 })).toBe('At-Risk'));
  it('calls a rare visitor Low Engagement', () =>
    expect(segmentOf({ ...active, activeDaysLast30: 1 })).toBe('Low Engagement'));
  it('calls a low score Low Engagement', () =>
    expect(segmentOf({ ...active, engagementScore: 20 })).toBe('Low Engagement'));
});
