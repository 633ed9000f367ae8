import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { Clock } from '../domain/clock.js';
import { newId } from '../domain/ids.js';
import { ApiKeyOrmEntity } from './api-key.orm-entity.js';
import { generateApiKey, hashApiKey, sameKey } from './api-key-secret.js';
import { ADMIN_SCOPE, type ApiPrincipal } from './auth.decorators.js';

/** Recording every use would turn each read into a write; once a minute per key is enough. */
const LAST_USED_RESOLUTION_MS = 60_000;

export interface CreatedApiKey {
  id: string;
  name: string;
  scopes: string[];
  /** The key itself: shown once, stored only as a hash. */
  key: string;
}

@Injectable()
export class ApiKeyService {
  private readonly lastUsedWritten = new Map<string, number>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async create(name: string, scopes: string[] = [ADMIN_SCOPE]): Promise<CreatedApiKey> {
    const key = generateApiKey();
    const row: ApiKeyOrmEntity = {
      id: newId(),
      name,
      prefix: key.slice(0, 10),
      keyHash: hashApiKey(key),
      scopes,
      createdAt: this.clock.now(),
      lastUsedAt: null,
      revokedAt: null,
    };
    await this.dataSource.getRepository(ApiKeyOrmEntity).insert(row);
    return { id: row.id, name, scopes, key };
  }

  /** The caller behind a key, or null when the key is unknown or revoked. */
  async authenticate(key: string): Promise<ApiPrincipal | null> {
    if (this.config.bootstrapApiKey && sameKey(key, this.config.bootstrapApiKey)) {
      return { keyId: null, name: 'API_KEY (environment)', scopes: [ADMIN_SCOPE] };
    }
    const row = await this.dataSource
      .getRepository(ApiKeyOrmEntity)
      .findOneBy({ keyHash: hashApiKey(key), revokedAt: IsNull() });
    if (!row) return null;
    await this.noteUse(row.id);
    return { keyId: row.id, name: row.name, scopes: row.scopes };
  }

  async list(): Promise<ApiKeyOrmEntity[]> {
    return this.dataSource.getRepository(ApiKeyOrmEntity).find({ order: { id: 'ASC' } });
  }

  async revoke(id: string): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(ApiKeyOrmEntity)
      .update({ id, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
    return (result.affected ?? 0) > 0;
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
