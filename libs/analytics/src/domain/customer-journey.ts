import { DomainError, ValidationError } from '@app/kernel';

export const JourneyErrorCode = {
  UnknownCustomer: 'ANALYTICS.UNKNOWN_CUSTOMER',
  InvalidPeriod: 'ANALYTICS.INVALID_PERIOD',
} as const;

export const unknownCustomer = (customerId: string) =>
  new DomainError(
    JourneyErrorCode.UnknownCustomer,
    'not_found',
    `Nothing is known of a customer with the id ${customerId}: no click, lead, conversion, purchase, retention message or event.`,
  );

/** The order of items at the same instant: the way a journey naturally runs. */
export const JOURNEY_ITEM_TYPES = [
  'click',
  'lead',
  'conversion',
  'transaction',
  'retention_message',
  'retention_event',
] as const;
export type JourneyItemType = (typeof JOURNEY_ITEM_TYPES)[number];

export type DetailValue = string | number | boolean | null;

/** One step of a customer's journey, with the ids that link it to the other steps. */
export interface JourneyItem {
  type: JourneyItemType;
  at: Date;
  /** The item's own id in its context (click id, lead id, conversion id, ...). */
  id: string;
  clickId: string | null;
  campaignId: string | null;
  affiliateId: string | null;
  leadId: string | null;
  conversionId: string | null;
  retentionCampaignId: string | null;
  details: Record<string, DetailValue>;
}

export interface JourneyPage {
  items: JourneyItem[];
  /** Where the next page starts (pass it as `from`); null when nothing was left out. */
  nextFrom: Date | null;
}

/** No journey is older than this; an open start means the whole history. */
export const JOURNEY_START = new Date(Date.UTC(1970, 0, 1));
/** An open end: the last instant the API accepts. */
export const JOURNEY_END = new Date(Date.UTC(9999, 11, 31, 23, 59, 59, 999));

export function journeyWindow(from: Date | undefined, to: Date | undefined) {
  const window = { from: from ?? JOURNEY_START, to: to ?? JOURNEY_END };
  if (window.from.getTime() >= window.to.getTime())
    throw ValidationError.forField(
      JourneyErrorCode.InvalidPeriod,
      'to',
      'to must be later than from.',
    );
  return window;
}

/**
 * The first `limit` items in time order. Each context gave at most limit + 1 of its oldest, so
 * the merge is exact. When items are left out, the page stops before the instant of the first
 * one left out, so that `from = nextFrom` neither repeats nor skips an item; only when more
 * than `limit` items share one instant is the rest of that instant skipped (nextFrom is then
 * one millisecond later).
 */
export function journeyPage(items: readonly JourneyItem[], limit: number): JourneyPage {
  const sorted = [...items].sort(compareItems);
  if (sorted.length <= limit) return { items: sorted, nextFrom: null };
  const cut = sorted[limit].at.getTime();
  const before = sorted.slice(0, limit).filter((item) => item.at.getTime() < cut);
  if (before.length > 0) return { items: before, nextFrom: new Date(cut) };
  return { items: sorted.slice(0, limit), nextFrom: new Date(cut + 1) };
}

function compareItems(a: JourneyItem, b: JourneyItem): number {
  return (
    a.at.getTime() - b.at.getTime() ||
    JOURNEY_ITEM_TYPES.indexOf(a.type) - JOURNEY_ITEM_TYPES.indexOf(b.type) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
