import { DomainEvent } from '@app/kernel';

export interface ErasureRequestedPayload {
  erasureId: string;
}

/**
 * An admin asked for a customer's personal data to be erased. It names the erasure only: the
 * outbox keeps its rows, so the customer id and email travel through GetErasureSubjectQuery,
 * which answers only while the erasure is pending. Every context in ERASURE_CONTEXTS erases
 * its part and answers with PersonalDataErasedEvent.
 */
export class ErasureRequestedEvent extends DomainEvent<ErasureRequestedPayload> {
  static readonly eventType = 'privacy.erasure-requested';
}
