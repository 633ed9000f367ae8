import { DomainEvent } from '@app/kernel';

export interface LeadErasedPayload {
  leadId: string;
  /** ISO 8601 */
  erasedAt: string;
}

/** A lead's personal data was erased; contexts that copied any of it must erase theirs. */
export class LeadErasedEvent extends DomainEvent<LeadErasedPayload> {
  static readonly eventType = 'leads.lead-erased';
}
