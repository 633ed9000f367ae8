import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Blocklist } from '../domain/blocklist.js';
import { BlocklistEntryOrmEntity } from './blocklist-entry.orm-entity.js';
import { RefreshingCache } from './refreshing-cache.js';

/** The compiled block lists, re-read every two seconds on every replica. */
@Injectable()
export class BlocklistCache extends RefreshingCache {
  private compiled = Blocklist.compile([]);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super(2_000);
  }

  get current(): Blocklist {
    return this.compiled;
  }

  async refresh(): Promise<void> {
    const entries = await this.dataSource
      .getRepository(BlocklistEntryOrmEntity)
      .find({ select: { kind: true, value: true } });
    this.compiled = Blocklist.compile(entries);
  }
}
