import { describe, expect, it } from 'vitest';
import { NO_COUNTS } from '../get-campaign-performance/campaign-performance.view.js';
import { toTrafficTotals } from './traffic-stats.view.js';

describe('traffic totals across currencies', () => {
  it('adds counts across currencies but keeps money and its ratios per currency', () => {
    const totals = toTrafficTotals(
      new Map([
        [
          'USD',
          {
            ...NO_COUNTS,
            impressions: 100,
            clicks: 10,
            offerClicks: 10,
            uniqueClicks: 8,
            conversions: 2,
            convertedClicks: 2,
            revenueMinor: 5000,
            payoutMinor: 2000,
          },
        ],
        [
          'JPY',
          {
            ...NO_COUNTS,
            clicks: 30,
            offerClicks: 18, // 12 unique, 6 repeats; 12 bots and blocked
            uniqueClicks: 12,
            conversions: 3,
            convertedClicks: 2, // one click converted twice
            revenueMinor: 9000,
            payoutMinor: 3000,
          },
        ],
        [null, { ...NO_COUNTS, clicks: 10 }],
      ]),
    );
    expect(totals).toMatchObject({
      impressions: 100,
      clicks: 50,
      offerClicks: 28,
      uniqueClicks: 20,
      conversions: 5,
      convertedClicks: 4,
    });
    expect(totals.ctr).toBe(0.5);
    expect(totals.cr).toBe(0.2); // 4 converting / 20 unique clicks
    expect(totals.conversionsPerClick).toBe(0.25); // 5 / 20
    // EPC per currency over its clicks that reached the offer: 9000 / 18 and 50.00 / 10.
    expect(totals.money).toEqual([
      {
        currency: 'JPY',
        clicks: 30,
        offerClicks: 18,
        uniqueClicks: 12,
        revenue: 9000,
        cost: 3000,
        profit: 6000,
        epc: 500,
        roi: 2,
      },
      {
        currency: 'USD',
        clicks: 10,
        offerClicks: 10,
        uniqueClicks: 8,
        revenue: 50,
        cost: 20,
        profit: 30,
        epc: 5,
        roi: 1.5,
      },
    ]);
  });

  it('answers null ratios and no money when there is nothing', () => {
    expect(toTrafficTotals(new Map())).toEqual({
      impressions: 0,
      clicks: 0,
      offerClicks: 0,
      uniqueClicks: 0,
      botClicks: 0,
      blockedClicks: 0,
      conversions: 0,
      fraudulentConversions: 0,
      convertedClicks: 0,
      ctr: null,
      cr: null,
      conversionsPerClick: null,
      money: [],
    });
  });
});
