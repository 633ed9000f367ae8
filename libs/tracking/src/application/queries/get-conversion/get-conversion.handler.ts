import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { withoutFields } from '@app/platform';
import { DataSource } from 'typeorm';
import { conversionNotFound } from '../../../domain/tracking.errors.js';
import { ConversionOrmEntity } from '../../../infrastructure/conversion.orm-entity.js';
import { type ConversionView, toConversionView } from '../conversion.view.js';
import { CallerRows } from '../caller/caller-rows.js';
import { rowInScope } from '../caller/row-scope.js';
import { hiddenConversionFields } from '../caller/visible-fields.js';
import { GetConversionQuery } from './get-conversion.query.js';

@QueryHandler(GetConversionQuery)
export class GetConversionHandler implements IQueryHandler<GetConversionQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly callerRows: CallerRows,
  ) {}

  async execute({ conversionId, caller }: GetConversionQuery): Promise<ConversionView> {
    const row = await this.dataSource
      .getRepository(ConversionOrmEntity)
      .findOneBy({ id: conversionId });
    if (!row || !rowInScope(await this.callerRows.of(caller), row)) {
      throw conversionNotFound(conversionId);
    }
    return withoutFields(toConversionView(row), hiddenConversionFields(caller));
  }
}
