/**
 * A campaign's or an affiliate's terms for clicks (status, budget, schedule, targeting, offer
 * URL, payout; an affiliate's standing) have changed and the change is committed. Published
 * in-process only, on the @nestjs/cqrs EventBus, by the command that made the change: the
 * outbox relay may lag, and this process's click path must not send one more click on the old
 * terms once the API has answered. Other replicas see the change when they next poll for it.
 * Not a DomainEvent (no eventType), so the outbox never stores or delivers it.
 */
export class TrackingTermsChangedEvent {
  constructor(
    readonly kind: 'campaign' | 'affiliate',
    readonly id: string,
  ) {}
}
