import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import type { FunnelCounts } from '../domain/funnel.js';
import { LeadOrmEntity } from './lead.orm-entity.js';
import { LeadSubmissionOrmEntity } from './lead-submission.orm-entity.js';

export interface AnalyticsFilter {
  formId?: string;
  from?: Date;
  to?: Date;
  qualified: number;
  hot: number;
}

export interface FunnelRow extends FunnelCounts {
  formId: string;
  utmSource: string | null;
  campaignId: string | null;
}

const COUNTERS: Record<Exclude<keyof FunnelCounts, 'submissions'>, string> = {
  valid: "s.outcome IN ('lead', 'duplicate')",
  invalid: "s.outcome = 'invalid'",
  spam: "s.outcome IN ('spam', 'rate_limited')",
  duplicates: "s.outcome = 'duplicate'",
  leads: "s.outcome = 'lead'",
  qualified: "s.outcome = 'lead' AND l.score >= :qualified",
  hot: "s.outcome = 'lead' AND l.score >= :hot",
  converted: "s.outcome = 'lead' AND l.status = 'converted'",
};

/**
 * The funnel's SQL, the same on both databases: counts per (form, utm_source, campaign) of the
 * submissions in the window, joined to the lead each one made. A lead is counted once, by the
 * submission that made it, and erased leads keep their row, so the counts stay true.
 */
@Injectable()
export class LeadAnalyticsReader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async funnelRows(filter: AnalyticsFilter): Promise<FunnelRow[]> {
    const query = this.submissions(filter)
      .leftJoin(LeadOrmEntity, 'l', 'l.id = s.leadId')
      .select('s.formId', 'form_id')
      .addSelect('s.tracking.utmSource', 'utm_source')
      .addSelect('s.tracking.campaignId', 'campaign_id')
      .addSelect('COUNT(*)', 'submissions')
      .groupBy('s.formId')
      .addGroupBy('s.tracking.utmSource')
      .addGroupBy('s.tracking.campaignId')
      .setParameters({ qualified: filter.qualified, hot: filter.hot });
    for (const [name, condition] of Object.entries(COUNTERS)) {
      query.addSelect(`SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`, name);
    }
    const rows: Record<string, unknown>[] = await query.getRawMany();
    // COUNT and SUM come back as text on PostgreSQL (bigint, numeric).
    return rows.map((row) => ({
      formId: row.form_id as string,
      utmSource: row.utm_source as string | null,
      campaignId: row.campaign_id as string | null,
      submissions: Number(row.submissions),
      ...(Object.fromEntries(
        Object.keys(COUNTERS).map((name) => [name, Number(row[name] ?? 0)]),
      ) as Omit<FunnelCounts, 'submissions'>),
    }));
  }

  /** How many of the window's new leads have each score. */
  async scoreCounts(filter: AnalyticsFilter): Promise<Map<number, number>> {
    const rows: { score: unknown; n: unknown }[] = await this.submissions(filter)
      .innerJoin(LeadOrmEntity, 'l', 'l.id = s.leadId')
      .andWhere("s.outcome = 'lead'")
      .select('l.score', 'score')
      .addSelect('COUNT(*)', 'n')
      .groupBy('l.score')
      .getRawMany();
    return new Map(rows.map((row) => [Number(row.score), Number(row.n)]));
  }

  /** Spam submissions per reason. The one place JSON is read in SQL, hence per dialect. */
  async spamReasonCounts(filter: AnalyticsFilter): Promise<Record<string, number>> {
    const postgres = this.dataSource.options.type === 'postgres';
    const query = this.submissions(filter).andWhere("s.outcome IN ('spam', 'rate_limited')");
    const [where, parameters] = query.getQueryAndParameters();
    const conditions = where.slice(where.indexOf(' WHERE ') + ' WHERE '.length);
    const sql = postgres
      ? `SELECT r.reason, COUNT(*) AS n FROM lead_submissions s
         CROSS JOIN LATERAL jsonb_array_elements_text(s.spam_reasons) AS r(reason)
         WHERE ${conditions} GROUP BY r.reason`
      : `SELECT j.value AS reason, COUNT(*) AS n FROM lead_submissions s, json_each(s.spam_reasons) j
         WHERE ${conditions} GROUP BY j.value`;
    const rows: { reason: string; n: unknown }[] = await this.dataSource.query(sql, parameters);
    return Object.fromEntries(rows.map((row) => [row.reason, Number(row.n)]));
  }

  private submissions(filter: AnalyticsFilter): SelectQueryBuilder<LeadSubmissionOrmEntity> {
    const query = this.dataSource.getRepository(LeadSubmissionOrmEntity).createQueryBuilder('s');
    query.where('1 = 1');
    if (filter.formId !== undefined)
      query.andWhere('s.formId = :formId', { formId: filter.formId });
    if (filter.from) query.andWhere('s.submittedAt >= :from', { from: filter.from });
    if (filter.to) query.andWhere('s.submittedAt < :to', { to: filter.to });
    return query;
  }
}
