import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, LessThan, Not, type Repository } from 'typeorm';
import type { ApiKey } from '../domain/api-key.js';
import {
  type ApiKeyFilters,
  ApiKeyRepository,
  type PartnerOfKey,
  type RevokeOutcome,
} from '../domain/api-key.repository.js';
import { ApiKeyOrmEntity } from './api-key.orm-entity.js';

/** The ORM row has the domain's shape, column for column. */
@Injectable()
export class TypeormApiKeyRepository extends ApiKeyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  private get keys(): Repository<ApiKeyOrmEntity> {
    return this.dataSource.getRepository(ApiKeyOrmEntity);
  }

  async insert(apiKey: ApiKey): Promise<void> {
    await this.keys.insert({ ...apiKey });
  }

  findLiveByHash(keyHash: string): Promise<ApiKey | null> {
    // One unique-index read.
    return this.keys.findOneBy({ keyHash, revokedAt: IsNull() });
  }

  listAll(): Promise<ApiKey[]> {
    return this.keys.find({ order: { id: 'ASC' } });
  }

  listPage(limit: number, afterId?: string, filters: ApiKeyFilters = {}): Promise<ApiKey[]> {
    const { role, affiliateId, advertiserId, revoked } = filters;
    return this.keys.find({
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

  async revoke(id: string, at: Date): Promise<RevokeOutcome> {
    const result = await this.keys.update({ id, revokedAt: IsNull() }, { revokedAt: at });
    if ((result.affected ?? 0) > 0) return 'revoked';
    return (await this.keys.existsBy({ id })) ? 'already-revoked' : 'unknown';
  }

  async revokeAllOf(partner: PartnerOfKey, at: Date): Promise<number> {
    const result = await this.keys.update({ ...partner, revokedAt: IsNull() }, { revokedAt: at });
    return result.affected ?? 0;
  }

  countLive(): Promise<number> {
    return this.keys.countBy({ revokedAt: IsNull() });
  }

  async recordUse(id: string, at: Date): Promise<void> {
    await this.keys.update({ id }, { lastUsedAt: at });
  }
}
