import { Query } from '@nestjs/cqrs';

/**
 * Published for contexts that receive a customer's data late (an outbox event written before
 * an erasure and delivered after it): was this customer's erasure requested at or after
 * `since`, the moment the data describes? If so the data predates the erasure and must not
 * come back; data from after the request is new and welcome.
 */
export class CustomerErasedSinceQuery extends Query<boolean> {
  constructor(
    readonly customerId: string,
    readonly since: Date,
  ) {
    super();
  }
}
