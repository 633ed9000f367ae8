import { Query } from '@nestjs/cqrs';
import type { RetentionCampaignView } from '../retention-campaign.view.js';

export class GetRetentionCampaignQuery extends Query<RetentionCampaignView> {
  constructor(readonly id: string) {
    super();
  }
}
