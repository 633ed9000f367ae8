import { Query } from '@nestjs/cqrs';
import { ADMIN_CALLER, type CallerScope, type Page } from '@app/platform';
import type { CampaignStatus } from '../../../domain/campaign-status.js';
import type { CampaignView } from '../campaign.view.js';

/** Campaigns newest first, optionally of one status, a page at a time. */
export class ListCampaignsQuery extends Query<Page<CampaignView>> {
  constructor(
    readonly limit: number,
    readonly cursor?: string,
    readonly status?: CampaignStatus,
    /** An advertiser lists its own campaigns only, without payout. */
    readonly caller: CallerScope = ADMIN_CALLER,
  ) {
    super();
  }
}
