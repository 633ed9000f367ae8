import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LeadOrmEntity } from '../../../infrastructure/lead.orm-entity.js';
import { type LeadRecord, ListLeadsByClicksQuery } from './list-leads-by-clicks.query.js';

/** Bound parameters per statement, well under both databases' limits. */
const CHUNK = 500;

/** Reads through the leads' click index. */
@QueryHandler(ListLeadsByClicksQuery)
export class ListLeadsByClicksHandler implements IQueryHandler<ListLeadsByClicksQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ clickIds, from, to, limit }: ListLeadsByClicksQuery): Promise<LeadRecord[]> {
    const ids = [...new Set(clickIds)];
    const leads: LeadOrmEntity[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      leads.push(
        ...(await this.dataSource
          .getRepository(LeadOrmEntity)
          .createQueryBuilder('lead')
          .where('lead.tracking.clickId IN (:...ids)', { ids: ids.slice(i, i + CHUNK) })
          .andWhere('lead.createdAt >= :from AND lead.createdAt < :to', { from, to })
          .orderBy('lead.createdAt', 'ASC')
          .limit(limit)
          .getMany()),
      );
    }
    return leads
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .slice(0, limit)
      .map((lead) => ({
        leadId: lead.id,
        formId: lead.formId,
        clickId: lead.tracking.clickId!,
        campaignId: lead.tracking.campaignId,
        affiliateId: lead.tracking.affiliateId,
        score: lead.score,
        grade: lead.grade,
        status: lead.status,
        utmSource: lead.tracking.utmSource,
        createdAt: lead.createdAt,
      }));
  }
}
