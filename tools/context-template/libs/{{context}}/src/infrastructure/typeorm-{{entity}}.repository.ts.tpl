import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnitOfWork } from '@app/platform';
import { DataSource } from 'typeorm';
import type { {{Entity}} } from '../domain/{{entity}}.js';
import { {{Entity}}Repository } from '../domain/{{entity}}.repository.js';
import { {{entityCamel}}FromRow, {{entityCamel}}ToRow } from './{{entity}}.mapper.js';
import { {{Entity}}OrmEntity } from './{{entity}}.orm-entity.js';

/** One adapter for both databases: TypeORM's repository API speaks SQLite and PostgreSQL. */
@Injectable()
export class Typeorm{{Entity}}Repository extends {{Entity}}Repository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {
    super();
  }

  async findById(id: string): Promise<{{Entity}} | null> {
    const row = await this.dataSource.getRepository({{Entity}}OrmEntity).findOneBy({ id });
    return row ? {{entityCamel}}FromRow(row) : null;
  }

  async add({{entityCamel}}: {{Entity}}): Promise<void> {
    // The events go to the outbox in the same transaction as the row: neither is lost alone.
    const events = {{entityCamel}}.pullEvents();
    await this.unitOfWork.run(async (tx) => {
      await tx.manager.getRepository({{Entity}}OrmEntity).insert({{entityCamel}}ToRow({{entityCamel}}));
      await tx.recordEvents(events);
    });
  }
}
