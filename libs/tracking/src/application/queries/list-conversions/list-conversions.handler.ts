import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { decodeCursor, type Page, toPage, withoutFields } from '@app/platform';
import { DataSource } from 'typeorm';
import { ConversionOrmEntity } from '../../../infrastructure/conversion.orm-entity.js';
import { type ConversionView, toConversionView } from '../conversion.view.js';
import { CallerRows } from '../caller/caller-rows.js';
import { restrictToScope } from '../caller/restrict-to-scope.js';
import { hiddenConversionFields } from '../caller/visible-fields.js';
import { ListConversionsQuery } from './list-conversions.query.js';

@QueryHandler(ListConversionsQuery)
export class ListConversionsHandler implements IQueryHandler<ListConversionsQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly callerRows: CallerRows,
  ) {}

  async execute({
    filters,
    limit,
    cursor,
    caller,
  }: ListConversionsQuery): Promise<Page<ConversionView>> {
    const query = this.dataSource
      .getRepository(ConversionOrmEntity)
      .createQueryBuilder('conversion')
      .orderBy('conversion.id', 'DESC')
      .limit(limit + 1);
    restrictToScope(query, 'conversion', await this.callerRows.of(caller));
    if (filters.campaignId) query.andWhere('conversion.campaignId = :campaignId', filters);
    if (filters.affiliateId) query.andWhere('conversion.affiliateId = :affiliateId', filters);
    if (filters.status) query.andWhere('conversion.status = :status', filters);
    if (filters.from) query.andWhere('conversion.convertedAt >= :from', filters);
    if (filters.to) query.andWhere('conversion.convertedAt < :to', filters);
    if (cursor) query.andWhere('conversion.id < :after', { after: decodeCursor(cursor) });
    const hidden = hiddenConversionFields(caller);
    return toPage(await query.getMany(), limit, (row) =>
      withoutFields(toConversionView(row), hidden),
    );
  }
}
