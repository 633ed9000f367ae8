import { DomainEvent } from '@app/kernel';

export interface ConversionRecordedPayload {
  conversionId: string;
  clickId: string;
  campaignId: string;
  affiliateId: string | null;
  transactionId: string | null;
  status: 'approved' | 'pending' | 'rejected';
  /** Minor units of `currency`; null when the advertiser sent no revenue. */
  revenueMinor: number | null;
  payoutMinor: number;
  currency: string;
  /** The advertiser's id of the customer, when the postback named one (links to LTV). */
  customerId: string | null;
  /** ISO 8601 */
  convertedAt: string;
}

/** A conversion was recorded from a postback; other contexts (LTV, retention) build on it. */
export class ConversionRecordedEvent extends DomainEvent<ConversionRecordedPayload> {
  static readonly eventType = 'tracking.conversion-recorded';
}
