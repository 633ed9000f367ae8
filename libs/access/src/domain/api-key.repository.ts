import type { ApiKeyRole } from '@app/kernel';
import type { ApiKey } from './api-key.js';

/** Which keys to list; the filters combine with AND. */
export interface ApiKeyFilters {
  role?: ApiKeyRole;
  affiliateId?: string;
  advertiserId?: string;
  revoked?: boolean;
}

export type PartnerOfKey = { affiliateId: string } | { advertiserId: string };

export type RevokeOutcome = 'revoked' | 'already-revoked' | 'unknown';

/** Where API keys are kept (a DI token too: see TypeormApiKeyRepository). */
export abstract class ApiKeyRepository {
  abstract insert(apiKey: ApiKey): Promise<void>;

  /** The live (not revoked) key with this hash, if any. */
  abstract findLiveByHash(keyHash: string): Promise<ApiKey | null>;

  /** Every key, oldest id first, revoked ones included. */
  abstract listAll(): Promise<ApiKey[]>;

  /** Newest first, `limit` keys after the cursor's id (and one more, to tell if a page follows). */
  abstract listPage(limit: number, afterId?: string, filters?: ApiKeyFilters): Promise<ApiKey[]>;

  /** Revoking twice is harmless: the second time keeps the first revokedAt. */
  abstract revoke(id: string, at: Date): Promise<RevokeOutcome>;

  /** Revokes every live key bound to this partner; returns how many were live. */
  abstract revokeAllOf(partner: PartnerOfKey, at: Date): Promise<number>;

  abstract countLive(): Promise<number>;

  abstract recordUse(id: string, at: Date): Promise<void>;
}
