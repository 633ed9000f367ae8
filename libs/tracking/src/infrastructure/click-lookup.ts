import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { clickTimeOf } from '../domain/click-id.js';
import { ClickOrmEntity } from './click.orm-entity.js';

/**
 * Finds a click by its id alone: the id carries its time, so the lookup uses the whole key
 * (clicked_at, id) and, on a table partitioned by month, reads one partition.
 */
@Injectable()
export class ClickLookup {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(clickId: string): Promise<ClickOrmEntity | null> {
    const clickedAt = clickTimeOf(clickId);
    if (!clickedAt) return null;
    return this.dataSource.getRepository(ClickOrmEntity).findOneBy({ clickedAt, id: clickId });
  }
}
