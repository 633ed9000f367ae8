import type { TrafficDimensions } from '../domain/traffic-dimensions.js';

/** Increments to one hour's counters of one campaign and affiliate. */
export interface RollupDelta {
  hour: Date;
  campaignId: string;
  affiliateId: string | null;
  impressions?: number;
  clicks?: number;
  offerClicks?: number;
  uniqueClicks?: number;
  botClicks?: number;
  blockedClicks?: number;
  conversions?: number;
  fraudulentConversions?: number;
  convertedClicks?: number;
  revenueMinor?: number;
  payoutMinor?: number;
  /** The click's attributes: given, the delta also counts in the dimensional rollup. */
  dimensions?: TrafficDimensions;
}

/** The counters both rollup tables keep: the delta's key and the column it adds to. */
export const ROLLUP_COUNTERS = [
  ['impressions', 'impressions'],
  ['clicks', 'clicks'],
  ['offerClicks', 'offer_clicks'],
  ['uniqueClicks', 'unique_clicks'],
  ['botClicks', 'bot_clicks'],
  ['blockedClicks', 'blocked_clicks'],
  ['conversions', 'conversions'],
  ['fraudulentConversions', 'fraudulent_conversions'],
  ['convertedClicks', 'converted_clicks'],
  ['revenueMinor', 'revenue_minor'],
  ['payoutMinor', 'payout_minor'],
] as const;

/** The start of the UTC hour a time falls in: the rollups' time key. */
export function hourOf(time: Date): Date {
  return new Date(Math.floor(time.getTime() / 3_600_000) * 3_600_000);
}
