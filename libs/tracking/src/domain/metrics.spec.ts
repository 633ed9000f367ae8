import { describe, expect, it } from 'vitest';
import { type PerformanceCounts, performanceMetrics } from './metrics.js';

const counts: PerformanceCounts = {
  impressions: 20_000,
  clicks: 500,
  uniqueClicks: 400,
  conversions: 20,
  revenueMinor: 150_000, // 1500.00 USD
  costMinor: 100_000, // 1000.00 USD
};

describe('performanceMetrics', () => {
  it('computes CTR as clicks / impressions: 500 / 20000 = 0.025', () => {
    expect(performanceMetrics(counts).ctr).toBe(0.025);
  });

  it('computes CR over unique clicks, not all clicks: 20 / 400 = 0.05', () => {
    expect(performanceMetrics(counts).cr).toBe(0.05);
  });

  it('computes EPC in minor units per click: 150000 cents / 500 clicks = 300 cents', () => {
    expect(performanceMetrics(counts).epc).toBe(300);
  });

  it('computes ROI as (revenue - cost) / cost: (1500 - 1000) / 1000 = 0.5', () => {
    expect(performanceMetrics(counts).roi).toBe(0.5);
  });

  it('gives a negative ROI for a loss: (600 - 1000) / 1000 = -0.4', () => {
    expect(performanceMetrics({ ...counts, revenueMinor: 60_000 }).roi).toBe(-0.4);
  });

  it('gives null, not 0, for each ratio whose denominator is 0', () => {
    expect(performanceMetrics({ ...counts, impressions: 0 }).ctr).toBeNull();
    expect(performanceMetrics({ ...counts, uniqueClicks: 0 }).cr).toBeNull();
    expect(performanceMetrics({ ...counts, clicks: 0 }).epc).toBeNull();
    expect(performanceMetrics({ ...counts, costMinor: 0 }).roi).toBeNull();
  });

  it('gives 0 when there is a denominator but nothing above it', () => {
    expect(
      performanceMetrics({ ...counts, clicks: 0, conversions: 0, revenueMinor: 0 }),
    ).toMatchObject({ ctr: 0, cr: 0, roi: -1 });
  });

  it('gives all nulls for a campaign with no traffic and no cost', () => {
    const none = {
      impressions: 0,
      clicks: 0,
      uniqueClicks: 0,
      conversions: 0,
      revenueMinor: 0,
      costMinor: 0,
    };
    expect(performanceMetrics(none)).toEqual({ ctr: null, cr: null, epc: null, roi: null });
  });
});
