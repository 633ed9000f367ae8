import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { clickTimeOf } from '../../../domain/click-id.js';
import { unknownClick } from '../../../domain/tracking.errors.js';
import { ClickOrmEntity } from '../../../infrastructure/click.orm-entity.js';
import { type ClickView, toClickView } from '../click.view.js';
import { GetClickQuery } from './get-click.query.js';

@QueryHandler(GetClickQuery)
export class GetClickHandler implements IQueryHandler<GetClickQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ clickId }: GetClickQuery): Promise<ClickView> {
    // The id carries the click's time, so the lookup uses the whole key (clicked_at, id) and,
    // on a table partitioned by month, reads one partition.
    const clickedAt = clickTimeOf(clickId);
    const row = clickedAt
      ? await this.dataSource.getRepository(ClickOrmEntity).findOneBy({ clickedAt, id: clickId })
      : null;
    if (!row) throw unknownClick(clickId);
    return toClickView(row);
  }
}
