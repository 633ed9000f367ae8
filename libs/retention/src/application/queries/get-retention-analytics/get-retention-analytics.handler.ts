import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@app/kernel';
import { DataSource } from 'typeorm';
import { DAY_MS, dayOf } from '../../../domain/customer-assessment.js';
import { round } from '../../../domain/engagement-score.js';
import { RISK_LEVELS } from '../../../domain/risk-level.js';
import { SEGMENTS } from '../../../domain/segment.js';
import { NOT_ACTIVITY } from '../../../infrastructure/activity-reader.js';
import {
  GetRetentionAnalyticsQuery,
  type RetentionAnalyticsView,
} from './get-retention-analytics.query.js';

const PERIOD_DAYS = 30;
const dayIso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

@QueryHandler(GetRetentionAnalyticsQuery)
export class GetRetentionAnalyticsHandler implements IQueryHandler<GetRetentionAnalyticsQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute({ days, periods }: GetRetentionAnalyticsQuery): Promise<RetentionAnalyticsView> {
    const now = this.clock.now();
    const today = dayOf(now);
    const risks = await this.countBy('risk_level');
    const segments = await this.countBy('segment');
    const customers = [...risks.values()].reduce((a, b) => a + b, 0);
    return {
      asOf: now.toISOString(),
      customers,
      riskDistribution: RISK_LEVELS.map((riskLevel) => {
        const n = risks.get(riskLevel) ?? 0;
        return { riskLevel, customers: n, share: customers > 0 ? round(n / customers, 4) : 0 };
      }),
      segments: SEGMENTS.map((segment) => ({ segment, customers: segments.get(segment) ?? 0 })),
      cohortRetention: { days, cohorts: await this.cohorts(today, days) },
      churnOverTime: await this.churn(today, periods),
    };
  }

  private async countBy(column: 'risk_level' | 'segment'): Promise<Map<string, number>> {
    const rows = await this.dataSource
      .createQueryBuilder()
      .select(`p.${column}`, 'key')
      .addSelect('COUNT(*)', 'n')
      .from('churn_predictions', 'p')
      .groupBy(`p.${column}`)
      .getRawMany<{ key: string; n: string | number }>();
    return new Map(rows.map((row) => [row.key, Number(row.n)]));
  }

  /**
   * A customer is retained at N days when active on some day at least N days after their first
   * activity; only customers first seen at least N days ago are eligible.
   */
  private async cohorts(
    today: number,
    days: number,
  ): Promise<RetentionAnalyticsView['cohortRetention']['cohorts']> {
    const rows = await this.activity()
      .select('e.customer_id', 'customer_id')
      .addSelect('MIN(e.occurred_day)', 'first')
      .addSelect('MAX(e.occurred_day)', 'last')
      .groupBy('e.customer_id')
      .getRawMany<{ first: string | number; last: string | number }>();
    const cohorts = new Map<string, { customers: number; eligible: number; retained: number }>();
    for (const row of rows) {
      const first = Number(row.first);
      const key = dayIso(first).slice(0, 7);
      const cohort = cohorts.get(key) ?? { customers: 0, eligible: 0, retained: 0 };
      cohort.customers += 1;
      if (first + days <= today) {
        cohort.eligible += 1;
        if (Number(row.last) >= first + days) cohort.retained += 1;
      }
      cohorts.set(key, cohort);
    }
    return [...cohorts.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([cohort, c]) => ({
        cohort,
        ...c,
        rate: c.eligible > 0 ? round(c.retained / c.eligible, 4) : null,
      }));
  }

  /**
   * Periods of 30 days ending today. A customer churned in a period when active in the one
   * before and not in it; the rate is churned / active in the period before.
   */
  private async churn(
    today: number,
    periods: number,
  ): Promise<RetentionAnalyticsView['churnOverTime']> {
    const rows = await this.activity()
      .select('DISTINCT e.customer_id', 'customer_id')
      .addSelect(`(${today} - e.occurred_day) / ${PERIOD_DAYS}`, 'period')
      .andWhere('e.occurred_day > :from', { from: today - PERIOD_DAYS * (periods + 1) })
      .andWhere('e.occurred_day <= :today', { today })
      .getRawMany<{ customer_id: string; period: string | number }>();
    const active = Array.from({ length: periods + 1 }, () => new Set<string>());
    for (const row of rows) active[Math.floor(Number(row.period))]?.add(row.customer_id);
    return Array.from({ length: periods }, (_, p) => {
      const before = active[p + 1];
      const churned = [...before].filter((customer) => !active[p].has(customer)).length;
      return {
        periodStart: dayIso(today - PERIOD_DAYS * (p + 1) + 1),
        periodEnd: dayIso(today),
        activeBefore: before.size,
        churned,
        churnRate: before.size > 0 ? round(churned / before.size, 4) : null,
      };
    }).map((row, p) => ({ ...row, periodEnd: dayIso(today - PERIOD_DAYS * p) }));
  }

  private activity() {
    return this.dataSource
      .createQueryBuilder()
      .from('retention_events', 'e')
      .where('e.type NOT IN (:...excluded)', { excluded: NOT_ACTIVITY });
  }
}
