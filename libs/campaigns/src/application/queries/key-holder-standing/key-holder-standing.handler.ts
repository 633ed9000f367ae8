import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { type KeyHolderStanding, KeyHolderStandingQuery } from '@app/access';
import { DataSource } from 'typeorm';
import { AdvertiserOrmEntity } from '../../../infrastructure/advertiser.orm-entity.js';
import { AffiliateOrmEntity } from '../../../infrastructure/affiliate.orm-entity.js';

/** Answers the platform before it binds an API key to one of our partners. */
@QueryHandler(KeyHolderStandingQuery)
export class KeyHolderStandingHandler implements IQueryHandler<KeyHolderStandingQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ kind, id }: KeyHolderStandingQuery): Promise<KeyHolderStanding | null> {
    if (kind === 'advertiser') {
      const exists = await this.dataSource.getRepository(AdvertiserOrmEntity).existsBy({ id });
      return exists ? 'active' : null;
    }
    const affiliate = await this.dataSource
      .getRepository(AffiliateOrmEntity)
      .findOne({ where: { id }, select: { id: true, status: true } });
    return affiliate?.status ?? null;
  }
}
