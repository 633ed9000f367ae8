import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ErasureSubject } from '../../../domain/erasure-subject.js';
import { ErasureOrmEntity } from '../../../infrastructure/erasure.orm-entity.js';
import { GetErasureSubjectQuery } from './get-erasure-subject.query.js';

@QueryHandler(GetErasureSubjectQuery)
export class GetErasureSubjectHandler implements IQueryHandler<GetErasureSubjectQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ erasureId }: GetErasureSubjectQuery): Promise<ErasureSubject | null> {
    const row = await this.dataSource.getRepository(ErasureOrmEntity).findOneBy({ id: erasureId });
    if (!row || row.pendingCustomerId === null) return null;
    return { customerId: row.pendingCustomerId, email: row.pendingEmail };
  }
}
