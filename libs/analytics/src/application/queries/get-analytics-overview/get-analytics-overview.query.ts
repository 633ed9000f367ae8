import { Query } from '@nestjs/cqrs';
import type { TrafficGrouping } from '@app/tracking';
import type { AnalyticsOverviewView } from './analytics-overview.view.js';

export class GetAnalyticsOverviewQuery extends Query<AnalyticsOverviewView> {
  constructor(
    readonly groupBy: TrafficGrouping,
    readonly from?: Date,
    readonly to?: Date,
    readonly campaignId?: string,
    readonly affiliateId?: string,
  ) {
    super();
  }
}
