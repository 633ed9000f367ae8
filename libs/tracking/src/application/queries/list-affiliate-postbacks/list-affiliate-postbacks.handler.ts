import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { decodeCursor, type Page, toPage } from '@app/platform';
import { DataSource } from 'typeorm';
import { AffiliatePostbackOrmEntity } from '../../../infrastructure/affiliate-postbacks/affiliate-postback.orm-entity.js';
import { CallerRows } from '../caller/caller-rows.js';
import { restrictToScope } from '../caller/restrict-to-scope.js';
import { type AffiliatePostbackView, toAffiliatePostbackView } from './affiliate-postback.view.js';
import { ListAffiliatePostbacksQuery } from './list-affiliate-postbacks.query.js';

@QueryHandler(ListAffiliatePostbacksQuery)
export class ListAffiliatePostbacksHandler implements IQueryHandler<ListAffiliatePostbacksQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly callerRows: CallerRows,
  ) {}

  async execute({
    filters,
    limit,
    cursor,
    caller,
  }: ListAffiliatePostbacksQuery): Promise<Page<AffiliatePostbackView>> {
    const query = this.dataSource
      .getRepository(AffiliatePostbackOrmEntity)
      .createQueryBuilder('call')
      .orderBy('call.id', 'DESC')
      .limit(limit + 1);
    restrictToScope(query, 'call', await this.callerRows.of(caller));
    if (filters.affiliateId) query.andWhere('call.affiliateId = :affiliateId', filters);
    if (filters.conversionId) query.andWhere('call.conversionId = :conversionId', filters);
    if (filters.status) query.andWhere('call.status = :status', filters);
    if (cursor) query.andWhere('call.id < :after', { after: decodeCursor(cursor) });
    return toPage(await query.getMany(), limit, (row) => toAffiliatePostbackView(row, caller));
  }
}
