import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { decodeCursor, type Page, toPage } from '@app/platform';
import { DataSource } from 'typeorm';
import { BlocklistEntryOrmEntity } from '../../../infrastructure/blocklist-entry.orm-entity.js';
import {
  type BlocklistEntryView,
  ListBlocklistEntriesQuery,
} from './list-blocklist-entries.query.js';

@QueryHandler(ListBlocklistEntriesQuery)
export class ListBlocklistEntriesHandler implements IQueryHandler<ListBlocklistEntriesQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({
    limit,
    cursor,
    kind,
    id,
  }: ListBlocklistEntriesQuery): Promise<Page<BlocklistEntryView>> {
    const query = this.dataSource
      .getRepository(BlocklistEntryOrmEntity)
      .createQueryBuilder('entry')
      .orderBy('entry.id', 'DESC')
      .limit(limit + 1);
    if (kind) query.andWhere('entry.kind = :kind', { kind });
    if (id) query.andWhere('entry.id = :id', { id });
    if (cursor) query.andWhere('entry.id < :after', { after: decodeCursor(cursor) });
    return toPage(await query.getMany(), limit, (row) => ({
      ...row,
      createdAt: row.createdAt.toISOString(),
    }));
  }
}
