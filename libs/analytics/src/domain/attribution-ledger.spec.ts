import { describe, expect, it } from 'vitest';
import { AttributionLedger } from './attribution-ledger.js';
import type { AttributableConversion, Touch } from './customer-touchpoints.js';

const HOUR = 3_600_000;
const convertedAt = new Date('2026-11-20T12:00:00Z');
const touch = (
  clickId: string,
  hoursBefore: number,
  campaignId: string,
  affiliateId: string | null,
): Touch => ({
  clickId,
  clickedAt: new Date(convertedAt.getTime() - hoursBefore * HOUR),
  campaignId,
  affiliateId,
  reachedOffer: true,
});
/** A customer who clicked campaign A (affiliate 1), then B (affiliate 2), then A again (none). */
const journey = [
  touch('c1', 72, 'A', 'aff-1'),
  touch('c2', 24, 'B', 'aff-2'),
  touch('c3', 0, 'A', null),
];
const conversion = (revenueMinor: number, currency = 'USD'): AttributableConversion => ({
  conversionId: 'conv',
  convertedAt,
  customerId: 'cust',
  revenueMinor,
  currency,
  ownClick: journey[2],
});

const linesOf = (ledger: AttributionLedger) =>
  ledger
    .creditLines()
    .map((line) => [
      line.campaignId,
      line.affiliateId,
      line.currency,
      line.creditUnits,
      line.revenueMinor,
    ]);

describe('the attribution ledger', () => {
  it('credits a time-decay journey to the cent', () => {
    const ledger = new AttributionLedger({ model: 'time_decay', halfLifeHours: 24 });
    ledger.credit(conversion(10_000), journey);
    expect(linesOf(ledger)).toEqual([
      ['A', 'aff-1', 'USD', 76_923, 769],
      ['A', null, 'USD', 615_385, 6154],
      ['B', 'aff-2', 'USD', 307_692, 3077],
    ]);
  });

  it('leaves campaigns without credit out under last_click', () => {
    const ledger = new AttributionLedger({ model: 'last_click', halfLifeHours: 168 });
    ledger.credit(conversion(10_000), journey);
    expect(linesOf(ledger)).toEqual([['A', null, 'USD', 1_000_000, 10_000]]);
  });

  it('adds conversions up per line and keeps currencies apart', () => {
    const ledger = new AttributionLedger({ model: 'position_based', halfLifeHours: 168 });
    ledger.credit(conversion(10_000), journey);
    ledger.credit(conversion(5_000, 'EUR'), journey);
    ledger.credit(conversion(2_500), journey);
    expect(linesOf(ledger)).toEqual([
      ['A', 'aff-1', 'EUR', 400_000, 2000],
      ['A', 'aff-1', 'USD', 800_000, 5000],
      ['A', null, 'EUR', 400_000, 2000],
      ['A', null, 'USD', 800_000, 5000],
      ['B', 'aff-2', 'EUR', 200_000, 1000],
      ['B', 'aff-2', 'USD', 400_000, 2500],
    ]);
    expect(ledger.conversions()).toBe(3);
    expect([...ledger.revenue()]).toEqual([
      ['EUR', 5000],
      ['USD', 12_500],
    ]);
  });

  it('hands out exactly one conversion and exactly its revenue under every model', () => {
    for (const model of [
      'last_click',
      'first_click',
      'linear',
      'time_decay',
      'position_based',
    ] as const) {
      const ledger = new AttributionLedger({ model, halfLifeHours: 7 });
      ledger.credit(conversion(9_999), journey);
      const lines = ledger.creditLines();
      expect(lines.reduce((sum, line) => sum + line.creditUnits, 0)).toBe(1_000_000);
      expect(lines.reduce((sum, line) => sum + line.revenueMinor, 0)).toBe(9_999);
    }
  });
});
