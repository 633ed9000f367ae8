import { Query } from '@nestjs/cqrs';
import { ADMIN_CALLER, type CallerScope } from '@app/platform';
import type { CampaignView } from '../campaign.view.js';

export class GetCampaignQuery extends Query<CampaignView> {
  constructor(
    readonly campaignId: string,
    /** An advertiser reads its own campaigns only (another's is not found), without payout. */
    readonly caller: CallerScope = ADMIN_CALLER,
  ) {
    super();
  }
}
