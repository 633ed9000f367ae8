/** A click known to be a customer's, as analytics reads it. */
export interface CustomerClickRecord {
  customerId: string;
  clickId: string;
  clickedAt: Date;
  campaignId: string;
  affiliateId: string | null;
  /** The visitor was sent to the offer (not to the safe page as a bot, blocked or mistargeted). */
  reachedOffer: boolean;
  isBot: boolean;
  isUnique: boolean;
  /** Why the click went to the safe page; empty when it reached the offer. */
  reasons: string[];
  country: string | null;
  deviceType: string | null;
  externalId: string | null;
}
