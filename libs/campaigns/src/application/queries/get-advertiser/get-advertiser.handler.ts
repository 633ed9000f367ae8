import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { advertiserNotFound } from '../../../domain/campaigns.errors.js';
import { AdvertiserOrmEntity } from '../../../infrastructure/advertiser.orm-entity.js';
import { mayReadPartner } from '../partner-scope.js';
import { type AdvertiserView, toAdvertiserView } from '../advertiser.view.js';
import { GetAdvertiserQuery } from './get-advertiser.query.js';

@QueryHandler(GetAdvertiserQuery)
export class GetAdvertiserHandler implements IQueryHandler<GetAdvertiserQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ advertiserId, caller }: GetAdvertiserQuery): Promise<AdvertiserView> {
    const row = mayReadPartner(caller, 'advertiser', advertiserId)
      ? await this.dataSource.getRepository(AdvertiserOrmEntity).findOneBy({ id: advertiserId })
      : null;
    if (!row) throw advertiserNotFound(advertiserId);
    return toAdvertiserView(row);
  }
}
