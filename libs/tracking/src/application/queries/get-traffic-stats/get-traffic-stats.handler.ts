import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { withoutFields } from '@app/platform';
import { DataSource } from 'typeorm';
import { ROLLUP_DIMENSIONS } from '../../../domain/traffic-dimensions.js';
import { CampaignDirectory } from '../../../infrastructure/campaign-directory.js';
import { HourlyDimensionStatOrmEntity } from '../../../infrastructure/hourly-dimension-stat.orm-entity.js';
import { HourlyStatOrmEntity } from '../../../infrastructure/hourly-stat.orm-entity.js';
import {
  NO_COUNTS,
  type PerformanceCounters,
} from '../get-campaign-performance/campaign-performance.view.js';
import { CallerRows } from '../caller/caller-rows.js';
import { restrictToScope } from '../caller/restrict-to-scope.js';
import type { RowScope } from '../caller/row-scope.js';
import { hiddenMoneyFields } from '../caller/visible-fields.js';
import { GetTrafficStatsQuery } from './get-traffic-stats.query.js';
import { type GroupSql, groupSql } from './group-sql.js';
import {
  addToGroup,
  type CountersByCurrency,
  toTrafficTotals,
  type TrafficStatsView,
  type TrafficTotalsView,
} from './traffic-stats.view.js';

const COUNTERS = Object.keys(NO_COUNTS) as (keyof PerformanceCounters)[];
const DIMENSIONS = new Set<string>(ROLLUP_DIMENSIONS);

interface RawRow {
  groupKey: unknown;
  campaignId: string;
  [counter: string]: unknown;
}

/**
 * Sums the hourly rollups per group and campaign in the database (rows grow with hours and
 * campaigns, not with clicks), then per group and payout currency here. Totals always come
 * from the hourly rollup, so they include impressions whatever the grouping.
 */
@QueryHandler(GetTrafficStatsQuery)
export class GetTrafficStatsHandler implements IQueryHandler<GetTrafficStatsQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: CampaignDirectory,
    private readonly callerRows: CallerRows,
  ) {}

  async execute(query: GetTrafficStatsQuery): Promise<TrafficStatsView> {
    const dimensional = DIMENSIONS.has(query.groupBy);
    const grouping = groupSql(query.groupBy, this.dataSource.options.type === 'postgres');
    const scope = await this.callerRows.of(query.caller);
    const [grouped, totals] = await Promise.all([
      this.sums(query, scope, dimensional, grouping),
      // Rows of the hourly rollup add up to the totals; dimensional groupings read their totals
      // from the hourly rollup too, whose impressions include those counted before the
      // dimensional rollup counted any.
      dimensional ? this.sums(query, scope, false, null) : null,
    ]);
    const groups = new Map<string | null, CountersByCurrency>();
    const total = new Map<string | null, CountersByCurrency>();
    for (const row of grouped) {
      const currency = await this.currencyOf(row.campaignId);
      addToGroup(groups, grouping.keyOf(row.groupKey), currency, countsOf(row));
      if (!totals) addToGroup(total, null, currency, countsOf(row));
    }
    for (const row of totals ?? []) {
      addToGroup(total, null, await this.currencyOf(row.campaignId), countsOf(row));
    }
    const rows = [...groups].map(([key, byCurrency]) => ({ key, ...toTrafficTotals(byCurrency) }));
    const byTime = query.groupBy === 'day' || query.groupBy === 'hour';
    rows.sort((a, b) =>
      byTime
        ? (a.key ?? '').localeCompare(b.key ?? '')
        : b.clicks - a.clicks || (a.key ?? '').localeCompare(b.key ?? ''),
    );
    const hidden = hiddenMoneyFields(query.caller);
    const visible = <T extends TrafficTotalsView>(view: T): T => ({
      ...view,
      money: view.money.map((money) => withoutFields(money, hidden)),
    });
    return {
      totals: visible(toTrafficTotals(total.get(null) ?? new Map())),
      rows: rows.map(visible),
    };
  }

  private async sums(
    query: GetTrafficStatsQuery,
    scope: RowScope,
    dimensional: boolean,
    grouping: GroupSql | null,
  ): Promise<RawRow[]> {
    const entity = dimensional ? HourlyDimensionStatOrmEntity : HourlyStatOrmEntity;
    const builder = this.dataSource
      .getRepository(entity)
      .createQueryBuilder('stat')
      .select('stat.campaignId', 'campaignId')
      .where('stat.hour >= :from AND stat.hour < :to', { from: query.from, to: query.to })
      .groupBy('stat.campaignId');
    if (grouping)
      builder.addSelect(grouping.expression, 'groupKey').addGroupBy(grouping.expression);
    if (dimensional) builder.andWhere('stat.dimension = :dimension', { dimension: query.groupBy });
    const { campaignId, affiliateId } = query.filter;
    if (campaignId !== undefined) builder.andWhere('stat.campaignId = :campaignId', { campaignId });
    if (affiliateId !== undefined)
      builder.andWhere('stat.affiliateId = :affiliateId', { affiliateId });
    restrictToScope(builder, 'stat', scope);
    for (const counter of COUNTERS) builder.addSelect(`SUM(stat.${counter})`, counter);
    return builder.getRawMany<RawRow>();
  }

  private async currencyOf(campaignId: string): Promise<string | null> {
    return (await this.directory.campaign(campaignId))?.payout.currency ?? null;
  }
}

/** PostgreSQL sums bigints as numeric, which the driver hands over as text. */
function countsOf(row: RawRow): PerformanceCounters {
  const counts = { ...NO_COUNTS };
  for (const key of COUNTERS) counts[key] = Number(row[key] ?? 0);
  return counts;
}
