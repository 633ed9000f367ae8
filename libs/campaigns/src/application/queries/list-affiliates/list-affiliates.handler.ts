import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { decodeCursor, type Page, toPage } from '@app/platform';
import { DataSource } from 'typeorm';
import { AffiliateOrmEntity } from '../../../infrastructure/affiliate.orm-entity.js';
import { type AffiliateView, toAffiliateView } from '../affiliate.view.js';
import { ListAffiliatesQuery } from './list-affiliates.query.js';

@QueryHandler(ListAffiliatesQuery)
export class ListAffiliatesHandler implements IQueryHandler<ListAffiliatesQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ limit, cursor, status }: ListAffiliatesQuery): Promise<Page<AffiliateView>> {
    const query = this.dataSource
      .getRepository(AffiliateOrmEntity)
      .createQueryBuilder('affiliate')
      .orderBy('affiliate.id', 'DESC')
      .limit(limit + 1);
    if (status) query.andWhere('affiliate.status = :status', { status });
    if (cursor) query.andWhere('affiliate.id < :after', { after: decodeCursor(cursor) });
    return toPage(await query.getMany(), limit, toAffiliateView);
  }
}
