import { Query } from '@nestjs/cqrs';
import type { AffiliateStatus } from '../../../domain/affiliate.js';
import type { CampaignStatus } from '../../../domain/campaign-status.js';
import type { FraudulentClickConversions } from '../../../domain/fraudulent-click-conversions.js';
import type { PayoutModel } from '../../../domain/payout-model.js';
import type { PayoutPolicy } from '../../../domain/payout-policy.js';
import type { DeviceType } from '../../../domain/targeting.js';

/** What click tracking needs to know of a campaign, in storage units (minor units, basis points). */
export interface CampaignTrackingView {
  id: string;
  /** Whose postback credentials may record the campaign's conversions. */
  advertiserId: string;
  status: CampaignStatus;
  offerUrl: string;
  safePageUrl: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  countries: string[];
  devices: DeviceType[];
  payout: {
    model: PayoutModel;
    amountUnits: number;
    currency: string;
    policy: PayoutPolicy;
    /** from_postback's cap in minor units; null for the other policies. */
    maxUnits: number | null;
  };
  budget: { totalMinor: number | null; dailyMinor: number | null };
  fraudulentClickConversions: FraudulentClickConversions;
  updatedAt: Date;
}

export interface AffiliateTrackingView {
  id: string;
  status: AffiliateStatus;
  updatedAt: Date;
}

export interface TrackingChanges {
  campaigns: CampaignTrackingView[];
  affiliates: AffiliateTrackingView[];
}

/**
 * Published for the tracking context's caches: the campaigns and affiliates changed at or
 * after `since` (all of them when null), or exactly the listed campaigns and affiliates.
 */
export class ListTrackingChangesQuery extends Query<TrackingChanges> {
  constructor(
    readonly since: Date | null,
    readonly campaignIds?: string[],
    readonly affiliateIds?: string[],
  ) {
    super();
  }
}
