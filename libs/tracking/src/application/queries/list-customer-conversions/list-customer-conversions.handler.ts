import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ConversionOrmEntity } from '../../../infrastructure/conversion.orm-entity.js';
import { type ConversionRecord, toConversionRecord } from '../conversion-record.js';
import { ListCustomerConversionsQuery } from './list-customer-conversions.query.js';

/** Reads through the (customer_id, converted_at) index. */
@QueryHandler(ListCustomerConversionsQuery)
export class ListCustomerConversionsHandler implements IQueryHandler<ListCustomerConversionsQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({
    customerId,
    from,
    to,
    limit,
  }: ListCustomerConversionsQuery): Promise<ConversionRecord[]> {
    const rows = await this.dataSource
      .getRepository(ConversionOrmEntity)
      .createQueryBuilder('conversion')
      .where('conversion.customerId = :customerId', { customerId })
      .andWhere('conversion.convertedAt >= :from', { from })
      .andWhere('conversion.convertedAt < :to', { to })
      .orderBy('conversion.convertedAt', 'ASC')
      .addOrderBy('conversion.id', 'ASC')
      .limit(limit)
      .getMany();
    return rows.map(toConversionRecord);
  }
}
