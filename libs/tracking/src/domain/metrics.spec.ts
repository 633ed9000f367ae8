import { describe, expect, it } from 'vitest';
import { type PerformanceCounts, performanceMetrics } from './metrics.js';

const counts: PerformanceCounts = {
  impressions: 20_000,
  clicks: 500, // 20 of them bots, blocked or other safe-page clicks
  offerClicks: 480, // 400 visitors' first clicks and 80 repeat visits
  uniqueClicks: 400,
  convertedClicks: 16,
  conversions: 20, // 4 of the converting clicks converted twice
  revenueMinor: 150_000, // 1500.00 USD
  costMinor: 100_000, // 1000.00 USD
};

describe('performanceMetrics', () => {
  it('computes CTR as clicks / impressions: 500 / 20000 = 0.025', () => {
    expect(performanceMetrics(counts).ctr).toBe(0.025);
  });

  it('computes CR as converting unique clicks / unique clicks: 16 / 400 = 0.04', () => {
    expect(performanceMetrics(counts).cr).toBe(0.04);
  });

  it('computes conversions per click over unique clicks: 20 / 400 = 0.05', () => {
    expect(performanceMetrics(counts).conversionsPerClick).toBe(0.05);
  });

  it('keeps CR at 1 when one unique click converts twice, conversions per click at 2', () => {
    const one = { ...counts, uniqueClicks: 1, convertedClicks: 1, conversions: 2 };
    expect(performanceMetrics(one)).toMatchObject({ cr: 1, conversionsPerClick: 2 });
  });

  it('computes EPC in minor units per click that reached the offer: 150000 / 480 = 312.5', () => {
    expect(performanceMetrics(counts).epc).toBe(312.5);
  });

  it('counts a repeat visit to the offer in EPC but not in CR', () => {
    const repeats = performanceMetrics({ ...counts, clicks: 600, offerClicks: 600 });
    expect(repeats).toMatchObject({ epc: 250, cr: 0.04, conversionsPerClick: 0.05 });
  });

  it('does not let clicks that never reached the offer dilute EPC or CR', () => {
    const withBots = performanceMetrics({ ...counts, clicks: 50_000 });
    expect(withBots).toMatchObject({ epc: 312.5, cr: 0.04 });
  });

  it('computes ROI as (revenue - cost) / cost: (1500 - 1000) / 1000 = 0.5', () => {
    expect(performanceMetrics(counts).roi).toBe(0.5);
  });

  it('gives a negative ROI for a loss: (600 - 1000) / 1000 = -0.4', () => {
    expect(performanceMetrics({ ...counts, revenueMinor: 60_000 }).roi).toBe(-0.4);
  });

  it('gives null, not 0, for each ratio whose denominator is 0', () => {
    expect(performanceMetrics({ ...counts, impressions: 0 }).ctr).toBeNull();
    expect(performanceMetrics({ ...counts, uniqueClicks: 0 })).toMatchObject({
      cr: null,
      conversionsPerClick: null,
    });
    expect(performanceMetrics({ ...counts, offerClicks: 0 }).epc).toBeNull();
    expect(performanceMetrics({ ...counts, costMinor: 0 }).roi).toBeNull();
  });

  it('gives 0 when there is a denominator but nothing above it', () => {
    expect(
      performanceMetrics({
        ...counts,
        clicks: 0,
        convertedClicks: 0,
        conversions: 0,
        revenueMinor: 0,
      }),
    ).toMatchObject({ ctr: 0, cr: 0, conversionsPerClick: 0, epc: 0, roi: -1 });
  });

  it('gives all nulls for a campaign with no traffic and no cost', () => {
    const none = {
      impressions: 0,
      clicks: 0,
      offerClicks: 0,
      uniqueClicks: 0,
      convertedClicks: 0,
      conversions: 0,
      revenueMinor: 0,
      costMinor: 0,
    };
    expect(performanceMetrics(none)).toEqual({
      ctr: null,
      cr: null,
      conversionsPerClick: null,
      epc: null,
      roi: null,
    });
  });
});
