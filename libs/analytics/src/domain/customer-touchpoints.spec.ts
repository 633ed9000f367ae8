import { describe, expect, it } from 'vitest';
import { type AttributableConversion, type Touch, touchesOf } from './customer-touchpoints.js';

const at = (iso: string) => new Date(iso);
const click = (clickId: string, iso: string, campaignId = 'camp-a'): Touch => ({
  clickId,
  clickedAt: at(iso),
  campaignId,
  affiliateId: 'aff-1',
  reachedOffer: true,
});
const conversion = (customerId: string | null, ownClick: Touch): AttributableConversion => ({
  conversionId: 'conv-1',
  convertedAt: at('2026-11-20T12:00:00Z'),
  customerId,
  revenueMinor: 10_000,
  currency: 'USD',
  ownClick,
});

describe('the touches of a conversion', () => {
  const own = click('own', '2026-11-20T10:00:00Z', 'camp-c');

  it('is the own click alone without a customer id', () => {
    const others = [click('earlier', '2026-11-19T10:00:00Z')];
    expect(touchesOf(conversion(null, own), others, 30)).toEqual([own]);
  });

  it("adds the customer's clicks in the lookback window, oldest first", () => {
    const customerClicks = [
      click('mid', '2026-11-15T00:00:00Z', 'camp-b'),
      click('first', '2026-10-22T12:00:00Z'),
    ];
    const touches = touchesOf(conversion('cust-1', own), customerClicks, 30);
    expect(touches.map((touch) => touch.clickId)).toEqual(['first', 'mid', 'own']);
  });

  it('leaves out clicks older than the lookback and clicks after the conversion', () => {
    const customerClicks = [
      click('too-old', '2026-10-21T11:59:59Z'),
      click('edge', '2026-10-21T12:00:00Z'),
      click('at-conversion', '2026-11-20T12:00:00Z'),
      click('after', '2026-11-20T12:00:01Z'),
    ];
    const touches = touchesOf(conversion('cust-1', own), customerClicks, 30);
    expect(touches.map((touch) => touch.clickId)).toEqual(['edge', 'own', 'at-conversion']);
  });

  it('leaves out clicks that were sent to the safe page, but never the own click', () => {
    const safePage = { ...click('bot', '2026-11-19T00:00:00Z'), reachedOffer: false };
    const ownSafe = { ...own, reachedOffer: false };
    const touches = touchesOf(conversion('cust-1', ownSafe), [safePage, ownSafe], 30);
    expect(touches.map((touch) => touch.clickId)).toEqual(['own']);
  });

  it('counts a click found twice once', () => {
    const touches = touchesOf(
      conversion('cust-1', own),
      [own, click('x', '2026-11-19T00:00:00Z'), own],
      30,
    );
    expect(touches.map((touch) => touch.clickId)).toEqual(['x', 'own']);
  });
});
