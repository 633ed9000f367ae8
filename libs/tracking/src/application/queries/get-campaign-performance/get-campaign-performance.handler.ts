import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { withoutFields } from '@app/platform';
import { DataSource } from 'typeorm';
import { unknownCampaign } from '../../../domain/tracking.errors.js';
import { CampaignDirectory } from '../../../infrastructure/campaign-directory.js';
import { hourOf } from '../../../infrastructure/hourly-rollup.js';
import { HourlyStatOrmEntity } from '../../../infrastructure/hourly-stat.orm-entity.js';
import {
  addCounters,
  type CampaignPerformanceView,
  NO_COUNTS,
  type PerformanceCounters,
  toTotalsView,
} from './campaign-performance.view.js';
import { CallerRows } from '../caller/caller-rows.js';
import { campaignInScope } from '../caller/campaign-in-scope.js';
import { restrictToScope } from '../caller/restrict-to-scope.js';
import { hiddenMoneyFields } from '../caller/visible-fields.js';
import { GetCampaignPerformanceQuery } from './get-campaign-performance.query.js';

const COUNTERS = Object.keys(NO_COUNTS) as (keyof PerformanceCounters)[];

/** Reads only the hourly rollups, never raw clicks: the cost grows with hours, not traffic. */
@QueryHandler(GetCampaignPerformanceQuery)
export class GetCampaignPerformanceHandler implements IQueryHandler<GetCampaignPerformanceQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly directory: CampaignDirectory,
    private readonly callerRows: CallerRows,
  ) {}

  async execute({
    campaignId,
    from,
    to,
    caller,
  }: GetCampaignPerformanceQuery): Promise<CampaignPerformanceView> {
    const scope = await this.callerRows.of(caller);
    const campaign = await this.directory.campaign(campaignId);
    // A campaign outside the caller's scope is not found, exactly like an unknown one.
    if (!campaign || !(await campaignInScope(this.dataSource, scope, campaignId))) {
      throw unknownCampaign(campaignId);
    }
    const start = from && hourOf(from);
    const end = to && hourOf(to);
    const query = this.dataSource
      .getRepository(HourlyStatOrmEntity)
      .createQueryBuilder('stat')
      .select('stat.affiliateId', 'affiliateId')
      .where('stat.campaignId = :campaignId', { campaignId })
      .groupBy('stat.affiliateId')
      .orderBy('stat.affiliateId', 'ASC');
    restrictToScope(query, 'stat', scope);
    for (const counter of COUNTERS) query.addSelect(`SUM(stat.${counter})`, counter);
    if (start) query.andWhere('stat.hour >= :start', { start });
    if (end) query.andWhere('stat.hour < :end', { end });
    const rows: Record<string, unknown>[] = await query.getRawMany();

    const currency = campaign.payout.currency;
    const byAffiliate = rows.map((row) => {
      // PostgreSQL sums bigints as numeric, which the driver hands over as text.
      const counts = { ...NO_COUNTS };
      for (const key of COUNTERS) counts[key] = Number(row[key]);
      return { affiliateId: row.affiliateId as string, counts };
    });
    const total = byAffiliate.reduce((sum, { counts }) => addCounters(sum, counts), NO_COUNTS);
    const hidden = hiddenMoneyFields(caller);
    const totals = (counts: PerformanceCounters) =>
      withoutFields(toTotalsView(counts, currency), hidden);
    return {
      campaignId,
      currency,
      from: start?.toISOString() ?? null,
      to: end?.toISOString() ?? null,
      ...totals(total),
      byAffiliate: byAffiliate.map(({ affiliateId, counts }) => ({
        affiliateId: affiliateId === '' ? null : affiliateId,
        ...totals(counts),
      })),
    };
  }
}
