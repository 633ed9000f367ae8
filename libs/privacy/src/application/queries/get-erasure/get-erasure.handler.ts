import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { erasureNotFound } from '../../../domain/privacy.errors.js';
import { ErasureOrmEntity } from '../../../infrastructure/erasure.orm-entity.js';
import { ErasureStepOrmEntity } from '../../../infrastructure/erasure-step.orm-entity.js';
import { type ErasureView, toErasureView } from '../erasure.view.js';
import { GetErasureQuery } from './get-erasure.query.js';

/** Reads straight into the response shape: a query needs no aggregate. */
@QueryHandler(GetErasureQuery)
export class GetErasureHandler implements IQueryHandler<GetErasureQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ erasureId }: GetErasureQuery): Promise<ErasureView> {
    const row = await this.dataSource.getRepository(ErasureOrmEntity).findOneBy({ id: erasureId });
    if (!row) throw erasureNotFound(erasureId);
    const steps = await this.dataSource.getRepository(ErasureStepOrmEntity).findBy({ erasureId });
    return toErasureView(row, steps);
  }
}
