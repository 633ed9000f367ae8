import { Query } from '@nestjs/cqrs';
import type { CustomerClickRecord } from './customer-click-record.js';

/**
 * The clicks of each of these customers in [from, to), oldest first: the clicks of the
 * conversions whose postbacks named the customer (any status) and the clicks whose tracking
 * link carried the customer id as `external_id`. A click is listed once per customer it
 * belongs to. `limit` bounds the answer (the oldest first); null: the whole period.
 * Published for analytics; reads through the customer and external-id indexes.
 */
export class ListCustomerClicksQuery extends Query<CustomerClickRecord[]> {
  constructor(
    readonly customerIds: readonly string[],
    readonly from: Date,
    readonly to: Date,
    readonly limit: number | null = null,
  ) {
    super();
  }
}
