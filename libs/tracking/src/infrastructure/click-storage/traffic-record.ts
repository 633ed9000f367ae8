import type { TrackedCampaign } from '../../domain/tracked-campaign.js';

/** A click as decided on the hot path, waiting to be stored with the next batch. */
export interface ClickRecord {
  kind: 'click';
  id: string;
  clickedAt: Date;
  campaignId: string;
  affiliateId: string | null;
  /** The affiliate the hourly counters credit: null when the id names no affiliate. */
  countedAffiliateId: string | null;
  sub1: string | null;
  sub2: string | null;
  sub3: string | null;
  sub4: string | null;
  sub5: string | null;
  externalId: string | null;
  ip: string;
  userAgent: string;
  referrer: string | null;
  country: string | null;
  deviceType: string | null;
  os: string | null;
  browser: string | null;
  isBot: boolean;
  isBlocked: boolean;
  reasons: string[];
  destinationKind: 'offer' | 'safe_page';
  destination: string;
  /** The campaign's payout at click time: a CPC campaign pays for a unique click. */
  payout: TrackedCampaign['payout'];
}

export interface ImpressionRecord {
  kind: 'impression';
  campaignId: string;
  affiliateId: string | null;
  at: Date;
}

export type TrafficRecord = ClickRecord | ImpressionRecord;

/** What storing a record found out: whether the click was the visitor's first in 24 hours. */
export interface StoredTraffic {
  unique: boolean;
}
