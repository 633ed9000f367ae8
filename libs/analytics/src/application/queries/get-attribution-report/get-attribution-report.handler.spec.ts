import type { QueryBus } from '@nestjs/cqrs';
import { FixedClock } from '@app/kernel';
import type { AppConfig } from '@app/platform';
import {
  type ConversionRecord,
  type CustomerClickRecord,
  ListApprovedConversionsQuery,
  ListCustomerClicksQuery,
} from '@app/tracking';
import { describe, expect, it } from 'vitest';
import { GetAttributionReportHandler } from './get-attribution-report.handler.js';
import { GetAttributionReportQuery } from './get-attribution-report.query.js';

const at = (iso: string) => new Date(iso);
const conversion = (
  id: string,
  convertedAt: string,
  campaignId: string,
  currency: string,
  revenueMinor: number | null,
  customerId: string | null,
): ConversionRecord => ({
  conversionId: id,
  clickId: `click-${id}`,
  clickedAt: at(convertedAt),
  campaignId,
  affiliateId: null,
  transactionId: null,
  status: 'approved',
  customerId,
  revenueMinor,
  payoutMinor: 0,
  currency,
  convertedAt: at(convertedAt),
});
const customerClick = (
  customerId: string,
  clickId: string,
  clickedAt: string,
  campaignId: string,
): CustomerClickRecord => ({
  customerId,
  clickId,
  clickedAt: at(clickedAt),
  campaignId,
  affiliateId: 'aff-1',
  reachedOffer: true,
  isBot: false,
  isUnique: true,
  reasons: [],
  country: null,
  deviceType: null,
  externalId: customerId,
});

/** Tracking as a fake bus: two pages of conversions, and the customer's earlier click. */
function fakeTracking() {
  const clickWindows: { customers: readonly string[]; from: string; to: string }[] = [];
  const pages = [
    {
      conversions: [
        conversion('c1', '2026-11-10T00:00:00Z', 'usd-campaign', 'USD', 10_000, null),
        conversion('c2', '2026-11-11T00:00:00Z', 'eur-campaign', 'EUR', 3_000, 'cust-1'),
      ],
      next: { convertedAt: at('2026-11-11T00:00:00Z'), conversionId: 'c2' },
    },
    {
      conversions: [conversion('c3', '2026-11-12T00:00:00Z', 'usd-campaign', 'USD', null, null)],
      next: null,
    },
  ];
  const afters: unknown[] = [];
  const bus = {
    execute: (query: unknown) => {
      if (query instanceof ListApprovedConversionsQuery) {
        afters.push(query.after);
        return Promise.resolve(pages[afters.length - 1]);
      }
      if (query instanceof ListCustomerClicksQuery) {
        clickWindows.push({
          customers: query.customerIds,
          from: query.from.toISOString(),
          to: query.to.toISOString(),
        });
        return Promise.resolve([
          customerClick('cust-1', 'earlier', '2026-11-09T00:00:00Z', 'usd-campaign'),
        ]);
      }
      throw new Error('unexpected query');
    },
  } as unknown as QueryBus;
  return { bus, clickWindows, afters };
}

describe('the attribution report', () => {
  const run = async (model: 'linear' | 'last_click') => {
    const tracking = fakeTracking();
    const handler = new GetAttributionReportHandler(
      tracking.bus,
      new FixedClock(at('2026-11-26T00:00:00Z')),
      { conversionLookbackDays: 30 } as AppConfig,
    );
    const report = await handler.execute(
      new GetAttributionReportQuery({
        model,
        from: at('2026-11-01T00:00:00Z'),
        to: at('2026-11-20T00:00:00Z'),
      }),
    );
    return { report, ...tracking };
  };

  it('credits every page of conversions, asking for the next page after the last one', async () => {
    const { report, afters } = await run('linear');
    expect(afters).toEqual([null, { convertedAt: at('2026-11-11T00:00:00Z'), conversionId: 'c2' }]);
    expect(report.totals).toEqual({
      conversions: 3,
      revenue: [
        { currency: 'EUR', amount: 30 },
        { currency: 'USD', amount: 100 },
      ],
    });
  });

  it("asks for the customers' clicks from the lookback before the page up to its last conversion", async () => {
    const { clickWindows } = await run('linear');
    // The second page names no customer: nothing to ask.
    expect(clickWindows).toEqual([
      { customers: ['cust-1'], from: '2026-10-11T00:00:00.000Z', to: '2026-11-11T00:00:00.001Z' },
    ]);
  });

  it('keeps the currency of the conversion when its credit goes to a campaign of another', async () => {
    const { report } = await run('linear');
    expect(report.byCampaign).toEqual([
      {
        campaignId: 'usd-campaign',
        conversions: 2.5,
        revenue: [
          { currency: 'EUR', amount: 15 },
          { currency: 'USD', amount: 100 },
        ],
        byAffiliate: [
          { affiliateId: null, conversions: 2, revenue: [{ currency: 'USD', amount: 100 }] },
          { affiliateId: 'aff-1', conversions: 0.5, revenue: [{ currency: 'EUR', amount: 15 }] },
        ],
      },
      {
        campaignId: 'eur-campaign',
        conversions: 0.5,
        revenue: [{ currency: 'EUR', amount: 15 }],
        byAffiliate: [
          { affiliateId: null, conversions: 0.5, revenue: [{ currency: 'EUR', amount: 15 }] },
        ],
      },
    ]);
  });

  it('reports the settings it applied', async () => {
    const { report } = await run('last_click');
    expect(report).toMatchObject({
      model: 'last_click',
      halfLifeHours: null,
      lookbackDays: 30,
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-20T00:00:00.000Z',
    });
  });
});
