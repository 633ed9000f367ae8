import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { inCustomerWindow } from '@app/platform';
import { DataSource } from 'typeorm';
import { ConversionOrmEntity } from '../../../infrastructure/conversion.orm-entity.js';
import { type ConversionRecord, toConversionRecord } from '../conversion-record.js';
import { ListCustomerConversionsQuery } from './list-customer-conversions.query.js';

/** Reads through the (customer_id, converted_at) index. */
@QueryHandler(ListCustomerConversionsQuery)
export class ListCustomerConversionsHandler implements IQueryHandler<ListCustomerConversionsQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(query: ListCustomerConversionsQuery): Promise<ConversionRecord[]> {
    const rows = await inCustomerWindow(
      this.dataSource.getRepository(ConversionOrmEntity).createQueryBuilder('conversion'),
      { customer: 'conversion.customerId', time: 'conversion.convertedAt', id: 'conversion.id' },
      query,
    ).getMany();
    return rows.map(toConversionRecord);
  }
}
