import { Query } from '@nestjs/cqrs';
import type { CustomerJourneyView } from './customer-journey.view.js';

/** One customer's steps across the contexts, oldest first, a page at a time. */
export class GetCustomerJourneyQuery extends Query<CustomerJourneyView> {
  constructor(
    readonly customerId: string,
    readonly limit: number,
    readonly from?: Date,
    readonly to?: Date,
  ) {
    super();
  }
}
