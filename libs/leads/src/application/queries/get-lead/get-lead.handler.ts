import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { DataSource } from 'typeorm';
import { leadNotFound } from '../../../domain/leads.errors.js';
import { LeadOrmEntity } from '../../../infrastructure/lead.orm-entity.js';
import { LeadStatusChangeOrmEntity } from '../../../infrastructure/lead-status-change.orm-entity.js';
import { LeadSubmissionOrmEntity } from '../../../infrastructure/lead-submission.orm-entity.js';
import { type LeadView, toLeadView } from '../lead.view.js';
import { GetLeadQuery } from './get-lead.query.js';

@QueryHandler(GetLeadQuery)
export class GetLeadHandler implements IQueryHandler<GetLeadQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ leadId }: GetLeadQuery): Promise<LeadView> {
    const row = await this.dataSource.getRepository(LeadOrmEntity).findOneBy({ id: leadId });
    if (!row) throw leadNotFound(leadId);
    const [submissions, changes] = await Promise.all([
      this.dataSource
        .getRepository(LeadSubmissionOrmEntity)
        .find({ where: { leadId }, order: { submittedAt: 'ASC', id: 'ASC' } }),
      this.dataSource
        .getRepository(LeadStatusChangeOrmEntity)
        .find({ where: { leadId }, order: { changedAt: 'ASC', id: 'ASC' } }),
    ]);
    return toLeadView(row, submissions, changes, {
      qualified: this.config.leadQualifiedScore,
      hot: this.config.leadHotScore,
    });
  }
}
