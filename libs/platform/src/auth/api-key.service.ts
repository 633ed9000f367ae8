import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, LessThan, Not } from 'typeorm';
import { Clock, newId } from '@app/kernel';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ApiKeyOrmEntity } from './api-key.orm-entity.js';
import { generateApiKey, hashApiKey, sameKey } from './api-key-secret.js';
import type { ApiKeyFilters } from './api-keys/list-api-keys.query.js';
import type { ApiPrincipal } from './auth.decorators.js';
import { type KeyHolder, type KeyHolderInput, keyHolder } from './key-holder.js';

function isBoundAsItsRoleNeeds(row: ApiKeyOrmEntity): boolean {
  if (row.role === 'affiliate') return !!row.affiliateId && !row.advertiserId;
  if (row.role === 'advertiser') return !!row.advertiserId && !row.affiliateId;
  return row.role === 'admin';
}

const ENVIRONMENT_ADMIN: ApiPrincipal = {
  keyId: null,
  name: 'API_KEY (environment)',
  role: 'admin',
  affiliateId: null,
  advertiserId: null,
};

/** Recording every use would turn each read into a write; once a minute per key is enough. */
const LAST_USED_RESOLUTION_MS = 60_000;

export interface CreatedApiKey extends KeyHolder {
  id: string;
  name: string;
  prefix: string;
  createdAt: Date;
  /** The key itself: shown once, stored only as a hash. */
  key: string;
}

export interface NewApiKey extends KeyHolderInput {
  name: string;
}

@Injectable()
export class ApiKeyService {
  private readonly lastUsedWritten = new Map<string, number>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Stores a new key for its holder, checked by keyHolder(). Whether a partner exists is the
   * caller's to check: the platform knows no affiliates or advertisers.
   */
  async create(input: NewApiKey): Promise<CreatedApiKey> {
    const holder = keyHolder(input);
    const key = generateApiKey();
    const row: ApiKeyOrmEntity = {
      id: newId(),
      name: input.name,
      prefix: key.slice(0, 10),
      keyHash: hashApiKey(key),
      ...holder,
      createdAt: this.clock.now(),
      lastUsedAt: null,
      revokedAt: null,
    };
    await this.dataSource.getRepository(ApiKeyOrmEntity).insert(row);
    return {
      id: row.id,
      name: row.name,
      prefix: row.prefix,
      createdAt: row.createdAt,
      ...holder,
      key,
    };
  }

  /** The caller behind a key, or null when the key is unknown or revoked. */
  async authenticate(key: string): Promise<ApiPrincipal | null> {
    if (this.config.bootstrapApiKey && sameKey(key, this.config.bootstrapApiKey)) {
      return ENVIRONMENT_ADMIN;
    }
    // Straight from the database on every request, no cache: a revoked key stops at once on
    // every replica. The lookup is one unique-index read.
    const row = await this.dataSource
      .getRepository(ApiKeyOrmEntity)
      .findOneBy({ keyHash: hashApiKey(key), revokedAt: IsNull() });
    // A partner key that lost its partner (a hand-edited row) must not pass as anyone.
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

  async list(): Promise<ApiKeyOrmEntity[]> {
    return this.dataSource.getRepository(ApiKeyOrmEntity).find({ order: { id: 'ASC' } });
  }

  /** Newest first, `limit` keys after the cursor's id (and one more, to tell if a page follows). */
  async listPage(
    limit: number,
    afterId?: string,
    filters: ApiKeyFilters = {},
  ): Promise<ApiKeyOrmEntity[]> {
    const { role, affiliateId, advertiserId, revoked } = filters;
    return this.dataSource.getRepository(ApiKeyOrmEntity).find({
      where: {
        ...(afterId ? { id: LessThan(afterId) } : {}),
        ...(role ? { role } : {}),
        ...(affiliateId ? { affiliateId } : {}),
        ...(advertiserId ? { advertiserId } : {}),
        ...(revoked === undefined ? {} : { revokedAt: revoked ? Not(IsNull()) : IsNull() }),
      },
      order: { id: 'DESC' },
      take: limit + 1,
    });
  }

  /**
   * Revokes a key: 'revoked', 'already-revoked' (kept as it was, so revoking twice is
   * harmless) or 'unknown'.
   */
  async revoke(id: string): Promise<'revoked' | 'already-revoked' | 'unknown'> {
    const repository = this.dataSource.getRepository(ApiKeyOrmEntity);
    const result = await repository.update(
      { id, revokedAt: IsNull() },
      { revokedAt: this.clock.now() },
    );
    if ((result.affected ?? 0) > 0) return 'revoked';
    return (await repository.existsBy({ id })) ? 'already-revoked' : 'unknown';
  }

  /** Revokes every live key bound to this partner; returns how many were live. */
  async revokeAllOf(holder: { affiliateId: string } | { advertiserId: string }): Promise<number> {
    const result = await this.dataSource
      .getRepository(ApiKeyOrmEntity)
      .update({ ...holder, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    return result.affected ?? 0;
  }

  async countActive(): Promise<number> {
    return this.dataSource.getRepository(ApiKeyOrmEntity).countBy({ revokedAt: IsNull() });
  }

  private async noteUse(id: string): Promise<void> {
    const now = this.clock.now();
    const last = this.lastUsedWritten.get(id) ?? 0;
    if (now.getTime() - last < LAST_USED_RESOLUTION_MS) return;
    this.lastUsedWritten.set(id, now.getTime());
    await this.dataSource.getRepository(ApiKeyOrmEntity).update({ id }, { lastUsedAt: now });
  }
}
