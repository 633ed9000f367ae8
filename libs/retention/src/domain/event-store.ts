import type { BehaviourEvent } from './behaviour-event.js';

/**
 * Where behaviour events are kept, each once (a repeated eventId is ignored); the message
 * outcomes among them update the campaign's message for that customer. An abstract class, so it
 * doubles as the DI token.
 */
export abstract class EventStore {
  /**
   * Stores the events in one transaction and returns how many were new. With a campaign id,
   * first checks in that transaction that the campaign exists (RETENTION.CAMPAIGN_NOT_FOUND).
   */
  abstract record(
    events: readonly BehaviourEvent[],
    source: 'api' | 'tracking',
    now: Date,
    campaignId: string | null,
  ): Promise<number>;
}
