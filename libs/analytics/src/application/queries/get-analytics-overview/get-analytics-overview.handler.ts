import { type IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '@app/kernel';
import { EMPTY_FUNNEL, funnelRates, type FunnelView, GetLeadAnalyticsQuery } from '@app/leads';
import { GetLtvPeriodSummaryQuery } from '@app/ltv';
import { GetTrafficStatsQuery } from '@app/tracking';
import { analyticsPeriod } from '../../../domain/analytics-period.js';
import type { AnalyticsOverviewView } from './analytics-overview.view.js';
import { GetAnalyticsOverviewQuery } from './get-analytics-overview.query.js';

/**
 * Traffic and money from tracking's rollups, the lead funnel from leads and purchases from
 * ltv, all for one period, each asked through the context's published query.
 */
@QueryHandler(GetAnalyticsOverviewQuery)
export class GetAnalyticsOverviewHandler implements IQueryHandler<GetAnalyticsOverviewQuery> {
  constructor(
    private readonly queries: QueryBus,
    private readonly clock: Clock,
  ) {}

  async execute(query: GetAnalyticsOverviewQuery): Promise<AnalyticsOverviewView> {
    const { from, to } = analyticsPeriod(
      { from: query.from, to: query.to, hourly: query.groupBy === 'hour' },
      this.clock.now(),
    );
    const filter = { campaignId: query.campaignId, affiliateId: query.affiliateId };
    const traffic = this.queries.execute(
      new GetTrafficStatsQuery(from, to, query.groupBy, filter, query.caller),
    );
    const view = {
      from: from.toISOString(),
      to: to.toISOString(),
      groupBy: query.groupBy,
      campaignId: query.campaignId ?? null,
      affiliateId: query.affiliateId ?? null,
    };
    // Leads and purchases are the network's, not split by partner: a partner sees traffic only.
    if (query.caller.role !== 'admin') {
      const { totals, rows } = await traffic;
      return { ...view, totals, rows };
    }
    const [{ totals, rows }, leads, ltv] = await Promise.all([
      traffic,
      this.queries.execute(new GetLeadAnalyticsQuery(undefined, from, to)),
      this.queries.execute(new GetLtvPeriodSummaryQuery(from, to)),
    ]);
    return {
      ...view,
      totals,
      rows,
      leads:
        query.campaignId === undefined ? leads.funnel : campaignFunnel(leads, query.campaignId),
      ltv,
    };
  }
}

/** The campaign's own funnel; a campaign without submissions has an empty one. */
function campaignFunnel(
  leads: { byCampaign: (FunnelView & { campaignId: string | null })[] },
  campaignId: string,
): FunnelView {
  const found = leads.byCampaign.find((entry) => entry.campaignId === campaignId);
  if (!found) return { ...EMPTY_FUNNEL, rates: funnelRates(EMPTY_FUNNEL) };
  const { campaignId: _campaignId, ...funnel } = found;
  return funnel;
}
