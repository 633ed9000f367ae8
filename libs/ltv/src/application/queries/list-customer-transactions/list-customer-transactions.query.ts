import { Query } from '@nestjs/cqrs';

/** A purchase as another context sees it: exact money in minor units. */
export interface TransactionRecord {
  transactionId: string;
  customerId: string;
  occurredAt: Date;
  amountMinor: number;
  currency: string;
  /** import (bulk) or conversion (a tracked postback). */
  source: string;
  /** counted, or excluded (its conversion was rejected later). */
  status: string;
  campaignId: string | null;
  affiliateId: string | null;
}

/**
 * One customer's purchases in [from, to), oldest first, at most `limit`. Published for
 * analytics (a customer's journey); reads through the customer index.
 */
export class ListCustomerTransactionsQuery extends Query<TransactionRecord[]> {
  constructor(
    readonly customerId: string,
    readonly from: Date,
    readonly to: Date,
    readonly limit: number,
  ) {
    super();
  }
}
