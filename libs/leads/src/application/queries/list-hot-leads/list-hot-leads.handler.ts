import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { DataSource } from 'typeorm';
import { LeadOrmEntity } from '../../../infrastructure/lead.orm-entity.js';
import { toLeadSummary } from '../lead.view.js';
import { type HotLeadsView, ListHotLeadsQuery } from './list-hot-leads.query.js';

@QueryHandler(ListHotLeadsQuery)
export class ListHotLeadsHandler implements IQueryHandler<ListHotLeadsQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ threshold, limit }: ListHotLeadsQuery): Promise<HotLeadsView> {
    const minimum = threshold ?? this.config.leadHotScore;
    // Leads someone can still act on: not erased (no one to call), not converted or lost.
    const rows = await this.dataSource
      .getRepository(LeadOrmEntity)
      .createQueryBuilder('lead')
      .where('lead.score >= :minimum', { minimum })
      .andWhere('lead.erasedAt IS NULL')
      .andWhere('lead.status NOT IN (:...closed)', { closed: ['converted', 'lost'] })
      .orderBy('lead.score', 'DESC')
      .addOrderBy('lead.id', 'DESC')
      .limit(limit)
      .getMany();
    const thresholds = { qualified: this.config.leadQualifiedScore, hot: this.config.leadHotScore };
    return { threshold: minimum, data: rows.map((row) => toLeadSummary(row, thresholds)) };
  }
}
