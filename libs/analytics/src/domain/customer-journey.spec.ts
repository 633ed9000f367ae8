import { describe, expect, it } from 'vitest';
import { type JourneyItem, journeyPage, journeyWindow } from './customer-journey.js';

const item = (type: JourneyItem['type'], iso: string, id: string): JourneyItem => ({
  type,
  at: new Date(iso),
  id,
  clickId: null,
  campaignId: null,
  affiliateId: null,
  leadId: null,
  conversionId: null,
  retentionCampaignId: null,
  details: {},
});
const ids = (page: { items: JourneyItem[] }) => page.items.map((i) => i.id);

describe('a page of a journey', () => {
  const items = [
    item('transaction', '2026-11-20T12:00:00Z', 't1'),
    item('conversion', '2026-11-20T12:00:00Z', 'v1'),
    item('click', '2026-11-20T11:00:00Z', 'c1'),
    item('click', '2026-11-20T12:00:00Z', 'c2'),
    item('retention_event', '2026-11-21T00:00:00Z', 'e1'),
  ];

  it('runs in time order, and at one instant click, lead, conversion, transaction, retention', () => {
    expect(journeyPage(items, 10)).toEqual({
      items: expect.any(Array),
      nextFrom: null,
    });
    expect(ids(journeyPage(items, 10))).toEqual(['c1', 'c2', 'v1', 't1', 'e1']);
  });

  it('stops before the instant of the first item left out, so the next page repeats nothing', () => {
    const page = journeyPage(items, 3);
    expect(ids(page)).toEqual(['c1']);
    expect(page.nextFrom).toEqual(new Date('2026-11-20T12:00:00Z'));
  });

  it('cuts between instants when the limit falls on one', () => {
    const page = journeyPage(items, 4);
    expect(ids(page)).toEqual(['c1', 'c2', 'v1', 't1']);
    expect(page.nextFrom).toEqual(new Date('2026-11-21T00:00:00Z'));
  });

  it('moves past an instant holding more items than a page', () => {
    const page = journeyPage(items.slice(0, 2), 1);
    expect(ids(page)).toEqual(['v1']);
    expect(page.nextFrom).toEqual(new Date('2026-11-20T12:00:00.001Z'));
  });
});

describe('the window of a journey', () => {
  it('is the whole history when open', () => {
    const { from, to } = journeyWindow(undefined, undefined);
    expect(from.toISOString()).toBe('1970-01-01T00:00:00.000Z');
    expect(to.toISOString()).toBe('9999-12-31T23:59:59.999Z');
  });

  it('refuses an end before its start', () => {
    expect(() =>
      journeyWindow(new Date('2026-11-02T00:00:00Z'), new Date('2026-11-01T00:00:00Z')),
    ).toThrow('to must be later than from.');
  });
});
