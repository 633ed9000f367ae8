import { Query } from '@nestjs/cqrs';
import type { MessageStatus } from '../../../infrastructure/retention-message.orm-entity.js';

export interface CampaignMessageView {
  messageId: string;
  customerId: string;
  channel: string;
  status: MessageStatus;
  attempts: number;
  lastError: string | null;
  payload: object;
  createdAt: string;
  sentAt: string | null;
}

/**
 * The messages of a campaign, oldest first from `after` (a message id): how an external email,
 * SMS or push sender picks up what the automation recorded for it, and how a webhook campaign's
 * failed deliveries are found.
 */
export class ListCampaignMessagesQuery extends Query<{
  data: CampaignMessageView[];
  nextAfter: string | null;
}> {
  constructor(
    readonly campaignId: string,
    readonly limit: number,
    readonly after?: string,
    readonly status?: MessageStatus,
  ) {
    super();
  }
}
