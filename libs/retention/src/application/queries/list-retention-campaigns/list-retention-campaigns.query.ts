import { Query } from '@nestjs/cqrs';
import type { RetentionCampaignStatus } from '../../../domain/campaign-status.js';
import type { RetentionCampaignView } from '../retention-campaign.view.js';

/** Every retention campaign (newest first), optionally of one status. */
export class ListRetentionCampaignsQuery extends Query<{ items: RetentionCampaignView[] }> {
  constructor(readonly status?: RetentionCampaignStatus) {
    super();
  }
}
