import type { TrackedCampaign } from '../../domain/tracked-campaign.js';
import type { TrafficDimensions } from '../../domain/traffic-dimensions.js';
import type { ClickOrmEntity } from '../click.orm-entity.js';

/**
 * A click as decided on the hot path, waiting to be stored with the next batch: the stored row
 * less what storing decides (is_unique), plus what the batch needs to count it.
 */
export interface ClickRecord extends Omit<ClickOrmEntity, 'isUnique' | 'destinationKind'> {
  kind: 'click';
  destinationKind: 'offer' | 'safe_page';
  /** The affiliate the hourly counters credit: null when the id names no affiliate. */
  countedAffiliateId: string | null;
  /** The visitor's network (ipNetworkKey of ip): unique clicks are counted per network. */
  visitorNetwork: string;
  /** The campaign's payout at click time: a CPC campaign pays for a unique click. */
  payout: TrackedCampaign['payout'];
}

export interface ImpressionRecord {
  kind: 'impression';
  campaignId: string;
  affiliateId: string | null;
  at: Date;
  /** The viewer's country and device, and the pixel URL's sub1, as a click would have them. */
  dimensions: TrafficDimensions;
}

export type TrafficRecord = ClickRecord | ImpressionRecord;

/** What storing a record found out: whether the click was the visitor's first in 24 hours. */
export interface StoredTraffic {
  unique: boolean;
}
