import { Query } from '@nestjs/cqrs';
import { ADMIN_CALLER, type CallerScope } from '@app/platform';
import type { CampaignPerformanceView } from './campaign-performance.view.js';

/**
 * A campaign's counters and ratios from the hourly rollups, in all and per affiliate. The
 * bounds are rounded down to the hour: the rollups know no finer time.
 */
export class GetCampaignPerformanceQuery extends Query<CampaignPerformanceView> {
  constructor(
    readonly campaignId: string,
    /** Inclusive. */
    readonly from?: Date,
    /** Exclusive. */
    readonly to?: Date,
    /**
     * An affiliate reads only its own traffic's figures; an advertiser only its own campaigns
     * (another's is not found). Each without the other side's money.
     */
    readonly caller: CallerScope = ADMIN_CALLER,
  ) {
    super();
  }
}
