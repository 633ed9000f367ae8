import { newId } from './ids.js';

/** Metadata a stored event is restored with; new events get fresh values. */
export interface DomainEventMeta {
  eventId?: string;
  occurredAt?: Date;
}

/**
 * Something that happened in a context, named in the past tense. The payload is plain JSON
 * (strings, numbers, booleans, arrays, objects) so an event survives the outbox unchanged;
 * times travel as ISO 8601 strings.
 *
 * Every concrete event declares `static readonly eventType`, a stable name such as
 * `campaigns.campaign-status-changed` that is stored with it and never renamed.
 */
export abstract class DomainEvent<P extends object = object> {
  readonly eventId: string;
  readonly occurredAt: Date;

  constructor(
    readonly payload: Readonly<P>,
    meta: DomainEventMeta = {},
  ) {
    this.eventId = meta.eventId ?? newId();
    this.occurredAt = meta.occurredAt ?? new Date();
  }

  get eventType(): string {
    return (this.constructor as DomainEventClass).eventType;
  }
}

/** The constructor side of an event: how the outbox rebuilds it from storage. */
export interface DomainEventClass<E extends DomainEvent = DomainEvent> {
  readonly eventType: string;
  new (payload: never, meta?: DomainEventMeta): E;
}
