import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { utcMinuteSql } from '@app/platform';
import { DataSource } from 'typeorm';
import { LeadSubmissionOrmEntity } from '../../../infrastructure/lead-submission.orm-entity.js';
import { GetLeadsByMinuteQuery, type LeadsMinuteView } from './get-leads-by-minute.query.js';

const MAX_SPAN_MS = 24 * 3_600_000;

@QueryHandler(GetLeadsByMinuteQuery)
export class GetLeadsByMinuteHandler implements IQueryHandler<GetLeadsByMinuteQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ from, to }: GetLeadsByMinuteQuery): Promise<LeadsMinuteView[]> {
    if (!(to.getTime() > from.getTime()) || to.getTime() - from.getTime() > MAX_SPAN_MS)
      throw new RangeError('GetLeadsByMinuteQuery reads at most a day, from before to');
    const minute = utcMinuteSql(this.dataSource, 's.submitted_at');
    const rows = await this.dataSource
      .getRepository(LeadSubmissionOrmEntity)
      .createQueryBuilder('s')
      .select(minute, 'minute')
      .addSelect('COUNT(*)', 'leads')
      .where('s.submittedAt >= :from AND s.submittedAt < :to', { from, to })
      .andWhere("s.outcome = 'lead'")
      .groupBy(minute)
      .orderBy(minute, 'ASC')
      .getRawMany<{ minute: string; leads: string | number }>();
    return rows.map((row) => ({
      minute: `${row.minute.replace(' ', 'T')}:00.000Z`,
      leads: Number(row.leads),
    }));
  }
}
