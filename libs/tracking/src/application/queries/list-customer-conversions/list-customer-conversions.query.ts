import { Query } from '@nestjs/cqrs';
import type { ConversionRecord } from '../conversion-record.js';

/**
 * Every conversion whose postback named this customer, whatever its status, converted in
 * [from, to), oldest first, at most `limit`. Published for analytics (a customer's journey).
 */
export class ListCustomerConversionsQuery extends Query<ConversionRecord[]> {
  constructor(
    readonly customerId: string,
    readonly from: Date,
    readonly to: Date,
    readonly limit: number,
  ) {
    super();
  }
}
