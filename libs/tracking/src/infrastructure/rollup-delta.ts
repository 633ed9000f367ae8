import type { TrafficDimensions } from '../domain/traffic-dimensions.js';

/** Increments to one hour's counters of one campaign and affiliate. */
export interface RollupDelta {
  hour: Date;
  campaignId: string;
  affiliateId: string | null;
  impressions?: number;
  clicks?: number;
  uniqueClicks?: number;
  botClicks?: number;
  blockedClicks?: number;
  conversions?: number;
  revenueMinor?: number;
  payoutMinor?: number;
  /** The click's attributes: given, the delta also counts in the dimensional rollup. */
  dimensions?: TrafficDimensions;
}
