import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { KeyHolderExistsQuery } from '@app/platform';
import { DataSource } from 'typeorm';
import { AdvertiserOrmEntity } from '../../../infrastructure/advertiser.orm-entity.js';
import { AffiliateOrmEntity } from '../../../infrastructure/affiliate.orm-entity.js';

/** Answers the kernel before it binds an API key to one of our partners. */
@QueryHandler(KeyHolderExistsQuery)
export class KeyHolderExistsHandler implements IQueryHandler<KeyHolderExistsQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  execute({ kind, id }: KeyHolderExistsQuery): Promise<boolean> {
    const entity = kind === 'affiliate' ? AffiliateOrmEntity : AdvertiserOrmEntity;
    return this.dataSource.getRepository(entity).existsBy({ id });
  }
}
