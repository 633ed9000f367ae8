import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConversionOrmEntity } from '../../../infrastructure/conversion.orm-entity.js';
import { toConversionRecord } from '../conversion-record.js';
import {
  type ApprovedConversionsPage,
  ListApprovedConversionsQuery,
} from './list-approved-conversions.query.js';

@QueryHandler(ListApprovedConversionsQuery)
export class ListApprovedConversionsHandler implements IQueryHandler<ListApprovedConversionsQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({
    from,
    to,
    limit,
    after,
  }: ListApprovedConversionsQuery): Promise<ApprovedConversionsPage> {
    const query = this.dataSource
      .getRepository(ConversionOrmEntity)
      .createQueryBuilder('conversion')
      .where('conversion.status = :status', { status: 'approved' })
      .andWhere('conversion.convertedAt >= :from', { from })
      .andWhere('conversion.convertedAt < :to', { to })
      .orderBy('conversion.convertedAt', 'ASC')
      .addOrderBy('conversion.id', 'ASC')
      .limit(limit + 1);
    if (after)
      query.andWhere(
        '(conversion.convertedAt > :afterAt OR (conversion.convertedAt = :afterAt AND conversion.id > :afterId))',
        { afterAt: after.convertedAt, afterId: after.conversionId },
      );
    const rows = await query.getMany();
    const page = rows.slice(0, limit).map(toConversionRecord);
    const last = page.at(-1);
    return {
      conversions: page,
      next:
        rows.length > limit && last
          ? { convertedAt: last.convertedAt, conversionId: last.conversionId }
          : null,
    };
  }
}
