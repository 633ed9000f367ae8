import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@app/kernel';
import { APP_CONFIG, type AppConfig, type ApiPrincipal, ApiKeyVerifier } from '@app/platform';
import { hashApiKey, sameKey } from '../domain/api-key-secret.js';
import { ApiKeyRepository } from '../domain/api-key.repository.js';
import { isBoundAsItsRoleNeeds } from '../domain/key-holder.js';

const ENVIRONMENT_ADMIN: ApiPrincipal = {
  keyId: null,
  name: 'API_KEY (environment)',
  role: 'admin',
  affiliateId: null,
  advertiserId: null,
};

/** Recording every use would turn each read into a write; once a minute per key is enough. */
const LAST_USED_RESOLUTION_MS = 60_000;

/** The platform's key guard asks this who is behind a key: API_KEY, or a stored live key. */
@Injectable()
export class StoredApiKeyVerifier extends ApiKeyVerifier {
  private readonly lastUsedWritten = new Map<string, number>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly apiKeys: ApiKeyRepository,
    private readonly clock: Clock,
  ) {
    super();
  }

  async verify(key: string): Promise<ApiPrincipal | null> {
    if (this.config.bootstrapApiKey && sameKey(key, this.config.bootstrapApiKey)) {
      return ENVIRONMENT_ADMIN;
    }
    // Straight from the database on every request, no cache: a revoked key stops at once on
    // every replica.
    const row = await this.apiKeys.findLiveByHash(hashApiKey(key));
    if (!row || !isBoundAsItsRoleNeeds(row)) return null;
    await this.noteUse(row.id);
    return {
      keyId: row.id,
      name: row.name,
      role: row.role,
      affiliateId: row.affiliateId,
      advertiserId: row.advertiserId,
    };
  }

  private async noteUse(id: string): Promise<void> {
    const now = this.clock.now();
    const last = this.lastUsedWritten.get(id) ?? 0;
    if (now.getTime() - last < LAST_USED_RESOLUTION_MS) return;
    this.lastUsedWritten.set(id, now.getTime());
    await this.apiKeys.recordUse(id, now);
  }
}
