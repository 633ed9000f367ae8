import { Query } from '@nestjs/cqrs';

/** A retention message to a customer and what became of it, as another context sees it. */
export interface RetentionMessageRecord {
  messageId: string;
  campaignId: string;
  customerId: string;
  channel: string;
  /** pending (a webhook waiting for delivery), sent or failed. */
  status: string;
  createdAt: Date;
  sentAt: Date | null;
  deliveredAt: Date | null;
  openedAt: Date | null;
  clickedAt: Date | null;
  convertedAt: Date | null;
}

/**
 * The retention messages made for one customer in [from, to) (by creation), oldest first, at
 * most `limit`. Published for analytics (a customer's journey).
 */
export class ListCustomerMessagesQuery extends Query<RetentionMessageRecord[]> {
  constructor(
    readonly customerId: string,
    readonly from: Date,
    readonly to: Date,
    readonly limit: number,
  ) {
    super();
  }
}
