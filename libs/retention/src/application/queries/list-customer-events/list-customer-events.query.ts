import { Query } from '@nestjs/cqrs';

/** A behaviour event of a customer, as another context sees it. */
export interface RetentionEventRecord {
  eventId: string;
  customerId: string;
  type: string;
  occurredAt: Date;
  durationSeconds: number | null;
  /** The retention campaign a message outcome belongs to. */
  campaignId: string | null;
}

/**
 * One customer's behaviour events sent to the API in [from, to), oldest first, at most
 * `limit`. Events recorded from tracked conversions are left out: they copy the conversion,
 * which its own context tells better. Published for analytics (a customer's journey).
 */
export class ListCustomerEventsQuery extends Query<RetentionEventRecord[]> {
  constructor(
    readonly customerId: string,
    readonly from: Date,
    readonly to: Date,
    readonly limit: number,
  ) {
    super();
  }
}
