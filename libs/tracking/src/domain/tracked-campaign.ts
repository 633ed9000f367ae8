/**
 * What tracking keeps of a campaign: a read model fed by the campaigns context (its
 * ListTrackingChangesQuery), in storage units, so a click is decided from a cache without
 * touching the campaigns' tables or aggregate.
 */
export type TrackedCampaignStatus = 'draft' | 'active' | 'paused' | 'completed';
export type DeviceType = 'desktop' | 'mobile' | 'tablet';
export type PayoutModel = 'CPA' | 'CPL' | 'CPS' | 'CPC' | 'REVSHARE';
/** What a postback's payout is worth; see conversionPayout. */
export type PayoutPolicy = 'fixed' | 'from_postback' | 'revenue_share';
/** What becomes of a conversion on a safe-page click; see conversionStatus. */
export type FraudulentClickConversions = 'reject' | 'review';

export interface TrackedPayout {
  model: PayoutModel;
  /** Minor units of `currency`, or basis points (1/100 %) of the revenue for REVSHARE. */
  amountUnits: number;
  currency: string;
  policy: PayoutPolicy;
  /** from_postback's cap in minor units; null for the other policies. */
  maxUnits: number | null;
}

export interface TrackedCampaign {
  id: string;
  /** Whose postback credentials may record the campaign's conversions. */
  advertiserId: string;
  status: TrackedCampaignStatus;
  offerUrl: string;
  safePageUrl: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  /** ISO 3166-1 alpha-2 codes; empty means every country. */
  countries: readonly string[];
  /** Empty means every device. */
  devices: readonly DeviceType[];
  payout: TrackedPayout;
  /** Minor units of the payout currency; null means no limit. */
  budget: { totalMinor: number | null; dailyMinor: number | null };
  fraudulentClickConversions: FraudulentClickConversions;
}

/** What the campaign has spent, in its payout currency: in all, and in the current UTC day. */
export interface CampaignSpend {
  totalMinor: number;
  todayMinor: number;
}
