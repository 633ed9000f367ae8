import type { RetentionCampaign } from './retention-campaign.js';

/** Where retention campaigns are kept. An abstract class, so it doubles as the DI token. */
export abstract class RetentionCampaignRepository {
  /** Throws RETENTION.CAMPAIGN_NOT_FOUND when no campaign has the id. */
  abstract load(id: string): Promise<RetentionCampaign>;
  /** The campaigns whose status is active (their schedule may still hold them back). */
  abstract findActive(): Promise<RetentionCampaign[]>;
  abstract insert(campaign: RetentionCampaign): Promise<void>;
  /**
   * Stores a changed campaign over the version it was loaded at; refuses it when another save
   * came in between (RETENTION.VERSION_CONFLICT), so concurrent edits are a 409.
   */
  abstract update(campaign: RetentionCampaign): Promise<void>;
}
