import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { conversionNotFound } from '../../../domain/tracking.errors.js';
import { ConversionOrmEntity } from '../../../infrastructure/conversion.orm-entity.js';
import { type ConversionView, toConversionView } from '../conversion.view.js';
import { GetConversionQuery } from './get-conversion.query.js';

@QueryHandler(GetConversionQuery)
export class GetConversionHandler implements IQueryHandler<GetConversionQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ conversionId }: GetConversionQuery): Promise<ConversionView> {
    const row = await this.dataSource
      .getRepository(ConversionOrmEntity)
      .findOneBy({ id: conversionId });
    if (!row) throw conversionNotFound(conversionId);
    return toConversionView(row);
  }
}
