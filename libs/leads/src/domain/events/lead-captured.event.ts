import { DomainEvent } from '@app/kernel';

/** No personal data: the outbox keeps events after a lead is erased. */
export interface LeadCapturedPayload {
  leadId: string;
  formId: string;
  score: number;
  grade: string;
  campaignId: string | null;
  affiliateId: string | null;
  clickId: string | null;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  /** ISO 8601 */
  capturedAt: string;
}

/** A form submission made a new lead. */
export class LeadCapturedEvent extends DomainEvent<LeadCapturedPayload> {
  static readonly eventType = 'leads.lead-captured';
}
