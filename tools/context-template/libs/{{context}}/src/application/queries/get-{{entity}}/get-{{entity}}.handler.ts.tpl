import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { {{entityCamel}}NotFound } from '../../../domain/{{context}}.errors.js';
import { {{Entity}}OrmEntity } from '../../../infrastructure/{{entity}}.orm-entity.js';
import { type {{Entity}}View, to{{Entity}}View } from '../{{entity}}.view.js';
import { Get{{Entity}}Query } from './get-{{entity}}.query.js';

/** Reads straight into the response shape: a query needs no aggregate. */
@QueryHandler(Get{{Entity}}Query)
export class Get{{Entity}}Handler implements IQueryHandler<Get{{Entity}}Query> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ {{entityCamel}}Id }: Get{{Entity}}Query): Promise<{{Entity}}View> {
    const row = await this.dataSource.getRepository({{Entity}}OrmEntity).findOneBy({ id: {{entityCamel}}Id });
    if (!row) throw {{entityCamel}}NotFound({{entityCamel}}Id);
    return to{{Entity}}View(row);
  }
}
