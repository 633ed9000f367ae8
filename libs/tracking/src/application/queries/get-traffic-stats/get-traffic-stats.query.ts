import { Query } from '@nestjs/cqrs';
import { ADMIN_CALLER, type CallerScope } from '@app/platform';
import type { TrafficGrouping, TrafficStatsView } from './traffic-stats.view.js';

/**
 * Traffic, conversions and money of [from, to) from the rollups (never raw clicks), in all
 * and per group. The bounds should be whole hours: the rollups know no finer time. Grouping
 * by country, device or sub1 reads the dimensional rollup. A partner
 * caller gets its own traffic only, without the money it may not see (as campaign performance).
 */
export class GetTrafficStatsQuery extends Query<TrafficStatsView> {
  constructor(
    /** Inclusive. */
    readonly from: Date,
    /** Exclusive. */
    readonly to: Date,
    readonly groupBy: TrafficGrouping,
    readonly filter: { campaignId?: string; affiliateId?: string } = {},
    readonly caller: CallerScope = ADMIN_CALLER,
  ) {
    super();
  }
}
