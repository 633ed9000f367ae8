import { DomainEvent } from '@app/kernel';

export interface LeadConvertedPayload {
  leadId: string;
  formId: string;
  campaignId: string | null;
  affiliateId: string | null;
  /** The deal's value in minor units of `currency`; both null when none was given. */
  dealValueMinor: number | null;
  currency: string | null;
  /** ISO 8601 */
  convertedAt: string;
}

/** Sales marked a lead converted: it is now a customer (LTV, campaigns may build on it). */
export class LeadConvertedEvent extends DomainEvent<LeadConvertedPayload> {
  static readonly eventType = 'leads.lead-converted';
}
