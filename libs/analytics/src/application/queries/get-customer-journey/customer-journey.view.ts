import type {
  DetailValue,
  JourneyItemType,
  JourneyPage,
} from '../../../domain/customer-journey.js';

export interface JourneyItemView {
  type: JourneyItemType;
  at: string;
  id: string;
  clickId: string | null;
  campaignId: string | null;
  affiliateId: string | null;
  leadId: string | null;
  conversionId: string | null;
  retentionCampaignId: string | null;
  details: Record<string, DetailValue>;
}

export interface CustomerJourneyView {
  customerId: string;
  items: JourneyItemView[];
  /** Pass as `from` for the rest of the journey; null when nothing was left out. */
  nextFrom: string | null;
}

export function toCustomerJourneyView(customerId: string, page: JourneyPage): CustomerJourneyView {
  return {
    customerId,
    items: page.items.map((item) => ({ ...item, at: item.at.toISOString() })),
    nextFrom: page.nextFrom?.toISOString() ?? null,
  };
}
