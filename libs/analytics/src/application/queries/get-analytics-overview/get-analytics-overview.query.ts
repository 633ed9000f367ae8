import { Query } from '@nestjs/cqrs';
import { ADMIN_CALLER, type CallerScope } from '@app/platform';
import type { TrafficGrouping } from '@app/tracking';
import type { AnalyticsOverviewView } from './analytics-overview.view.js';

export class GetAnalyticsOverviewQuery extends Query<AnalyticsOverviewView> {
  constructor(
    readonly groupBy: TrafficGrouping,
    readonly from?: Date,
    readonly to?: Date,
    readonly campaignId?: string,
    readonly affiliateId?: string,
    /** A partner key reads its own traffic only, and nothing network-wide (leads, LTV). */
    readonly caller: CallerScope = ADMIN_CALLER,
  ) {
    super();
  }
}
