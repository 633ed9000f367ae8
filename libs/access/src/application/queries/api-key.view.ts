import type { ApiKeyRole } from '@app/kernel';
import type { ApiKey } from '../../domain/api-key.js';

/** A key as listed: never the key or its hash, only the prefix a person recognises it by. */
export interface ApiKeyView {
  id: string;
  name: string;
  prefix: string;
  role: ApiKeyRole;
  affiliateId: string | null;
  advertiserId: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export function toApiKeyView(row: Omit<ApiKey, 'keyHash'>): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    role: row.role,
    affiliateId: row.affiliateId,
    advertiserId: row.advertiserId,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/** The answer to a creation: the view plus the key itself, which is never shown again. */
export interface CreatedApiKeyView extends ApiKeyView {
  key: string;
}
