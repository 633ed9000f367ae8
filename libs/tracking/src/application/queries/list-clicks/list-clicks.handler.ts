import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page } from '@app/platform';
import { DataSource } from 'typeorm';
import { ClickOrmEntity } from '../../../infrastructure/click.orm-entity.js';
import { type ClickView, toClickView } from '../click.view.js';
import { decodeClickCursor, encodeClickCursor } from './click-cursor.js';
import { CallerRows } from '../caller/caller-rows.js';
import { restrictToScope } from '../caller/restrict-to-scope.js';
import { ListClicksQuery } from './list-clicks.query.js';

@QueryHandler(ListClicksQuery)
export class ListClicksHandler implements IQueryHandler<ListClicksQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly callerRows: CallerRows,
  ) {}

  async execute({ limit, cursor, filters, caller }: ListClicksQuery): Promise<Page<ClickView>> {
    // An empty cursor is the first page, as on every other list.
    const after = cursor ? decodeClickCursor(cursor) : undefined;
    const query = this.dataSource
      .getRepository(ClickOrmEntity)
      .createQueryBuilder('click')
      .orderBy('click.clickedAt', 'DESC')
      .addOrderBy('click.id', 'DESC')
      .limit(limit + 1);
    restrictToScope(query, 'click', await this.callerRows.of(caller));
    const { campaignId, affiliateId, from, to, bot, unique, country } = filters;
    if (campaignId !== undefined) query.andWhere('click.campaignId = :campaignId', { campaignId });
    if (affiliateId !== undefined) {
      query.andWhere('click.affiliateId = :affiliateId', { affiliateId });
    }
    if (from) query.andWhere('click.clickedAt >= :from', { from });
    if (to) query.andWhere('click.clickedAt < :to', { to });
    if (bot !== undefined) query.andWhere('click.isBot = :bot', { bot });
    if (unique !== undefined) query.andWhere('click.isUnique = :unique', { unique });
    if (country !== undefined) query.andWhere('click.country = :country', { country });
    if (after) {
      // A row-value comparison on the whole key: both databases read it as a range of the
      // (clicked_at, id) primary key, so a deep page costs what the first one does.
      query.andWhere('(click.clickedAt, click.id) < (:afterTime, :afterId)', {
        afterTime: after.clickedAt,
        afterId: after.id,
      });
    }
    const rows = await query.getMany();
    const pageRows = rows.slice(0, limit);
    const last = pageRows[pageRows.length - 1];
    return {
      data: pageRows.map(toClickView),
      nextCursor: rows.length > limit ? encodeClickCursor(last) : null,
    };
  }
}
