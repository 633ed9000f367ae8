import { Query } from '@nestjs/cqrs';
import type { CampaignView } from '../campaign.view.js';

export class GetCampaignQuery extends Query<CampaignView> {
  constructor(readonly campaignId: string) {
    super();
  }
}
