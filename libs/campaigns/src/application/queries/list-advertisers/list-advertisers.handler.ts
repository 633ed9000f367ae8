import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { decodeCursor, type Page, toPage } from '@app/platform';
import { DataSource } from 'typeorm';
import { AdvertiserOrmEntity } from '../../../infrastructure/advertiser.orm-entity.js';
import { type AdvertiserView, toAdvertiserView } from '../advertiser.view.js';
import { ListAdvertisersQuery } from './list-advertisers.query.js';

@QueryHandler(ListAdvertisersQuery)
export class ListAdvertisersHandler implements IQueryHandler<ListAdvertisersQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ limit, cursor }: ListAdvertisersQuery): Promise<Page<AdvertiserView>> {
    const query = this.dataSource
      .getRepository(AdvertiserOrmEntity)
      .createQueryBuilder('advertiser')
      .orderBy('advertiser.id', 'DESC')
      .limit(limit + 1);
    if (cursor) query.andWhere('advertiser.id < :after', { after: decodeCursor(cursor) });
    return toPage(await query.getMany(), limit, toAdvertiserView);
  }
}
