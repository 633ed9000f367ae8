import { Query } from '@nestjs/cqrs';
import type { CustomerLtvDetailView } from './customer-ltv-detail.view.js';

/** One customer's history, values and segment; LTV.CUSTOMER_NOT_FOUND when unknown. */
export class GetCustomerQuery extends Query<CustomerLtvDetailView> {
  constructor(readonly customerId: string) {
    super();
  }
}
