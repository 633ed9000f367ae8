import { type CallerScope, publicCallError } from '@app/platform';
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

/**
 * A call as `caller` may read it. Only an admin reads the detail of a refused or failed
 * connection: it can name the internal address a host resolved to, and an affiliate, who
 * chooses its URL, could otherwise map the network behind the platform one name at a time.
 */
export function toAffiliatePostbackView(
  row: AffiliatePostbackOrmEntity,
  caller: CallerScope,
): AffiliatePostbackView {
  return {
    id: row.id,
    conversionId: row.conversionId,
    campaignId: row.campaignId,
    affiliateId: row.affiliateId,
    conversionStatus: row.conversionStatus,
    status: row.status,
    attempts: row.attempts,
    responseStatus: row.responseStatus,
    lastError:
      row.lastError === null || caller.role === 'admin'
        ? row.lastError
        : publicCallError(row.lastError),
    nextAttemptAt:
      row.status === 'pending' && row.nextAttemptAt ? row.nextAttemptAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}
