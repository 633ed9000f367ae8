import { DomainEvent } from '@app/kernel';

export interface PersonalDataErasedPayload {
  erasureId: string;
  /** The context that erased its part: one of ERASURE_CONTEXTS. */
  context: string;
  /** Rows deleted or changed. */
  rowsAffected: number;
}

/**
 * A context has erased its part of an erasure. Raised by the contexts (in the transaction of
 * their erasure), heard by privacy, which records it in the audit.
 */
export class PersonalDataErasedEvent extends DomainEvent<PersonalDataErasedPayload> {
  static readonly eventType = 'privacy.personal-data-erased';
}
