import type { Advertiser } from './advertiser.js';

export abstract class AdvertiserRepository {
  abstract findById(id: string): Promise<Advertiser | null>;
  /** The advertiser of exactly this (trimmed) name; null when none. */
  abstract findByName(name: string): Promise<Advertiser | null>;
  /** Stores a new advertiser; fails with CAMPAIGNS.ADVERTISER_NAME_TAKEN when the name is used. */
  abstract add(advertiser: Advertiser): Promise<void>;
}
