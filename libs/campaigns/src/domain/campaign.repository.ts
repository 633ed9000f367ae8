import type { Campaign } from './campaign.js';

/** Where campaigns are kept. An abstract class, so it doubles as the DI token. */
export abstract class CampaignRepository {
  abstract findById(id: string): Promise<Campaign | null>;
  /** Stores the campaign and its recorded events in one transaction; refuses a stale version. */
  abstract save(campaign: Campaign): Promise<void>;
}
