import type { Affiliate } from './affiliate.js';

export abstract class AffiliateRepository {
  abstract findById(id: string): Promise<Affiliate | null>;
  /** Stores a new affiliate; fails with CAMPAIGNS.AFFILIATE_EMAIL_TAKEN when the email is in use. */
  abstract add(affiliate: Affiliate): Promise<void>;
  /** Stores the changes of an existing affiliate. */
  abstract save(affiliate: Affiliate): Promise<void>;
}
