import type { ConversionStatus } from '../../../domain/conversion-status.js';
import type {
  AffiliatePostbackOrmEntity,
  PostbackDeliveryStatus,
} from '../../../infrastructure/affiliate-postbacks/affiliate-postback.orm-entity.js';

export interface AffiliatePostbackView {
  id: string;
  conversionId: string;
  campaignId: string;
  affiliateId: string;
  conversionStatus: ConversionStatus;
  status: PostbackDeliveryStatus;
  attempts: number;
  responseStatus: number | null;
  lastError: string | null;
  /** When a pending call is tried next; null once it is sent or failed. */
  nextAttemptAt: string | null;
  createdAt: string;
  sentAt: string | null;
}

export function toAffiliatePostbackView(row: AffiliatePostbackOrmEntity): AffiliatePostbackView {
  return {
    id: row.id,
    conversionId: row.conversionId,
    campaignId: row.campaignId,
    affiliateId: row.affiliateId,
    conversionStatus: row.conversionStatus,
    status: row.status,
    attempts: row.attempts,
    responseStatus: row.responseStatus,
    lastError: row.lastError,
    nextAttemptAt:
      row.status === 'pending' && row.nextAttemptAt ? row.nextAttemptAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}
