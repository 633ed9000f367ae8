import type { DomainEvent } from './domain-event.js';

/**
 * An entity that guards its own rules and records what happened to it. The repository that
 * saves it writes the recorded events to the outbox in the same transaction.
 */
export abstract class AggregateRoot {
  private pendingEvents: DomainEvent[] = [];

  protected record(event: DomainEvent): void {
    this.pendingEvents.push(event);
  }

  /** Hands over the events recorded since the last call, and forgets them. */
  pullEvents(): DomainEvent[] {
    const events = this.pendingEvents;
    this.pendingEvents = [];
    return events;
  }
}
