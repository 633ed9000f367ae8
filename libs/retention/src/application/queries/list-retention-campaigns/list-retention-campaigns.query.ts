import { Query } from '@nestjs/cqrs';
import type { Page } from '@app/platform';
import type { RetentionCampaignStatus } from '../../../domain/campaign-status.js';
import type { RetentionCampaignView } from '../retention-campaign.view.js';

/** Retention campaigns newest first, optionally of one status, a page at a time. */
export class ListRetentionCampaignsQuery extends Query<Page<RetentionCampaignView>> {
  constructor(
    readonly limit: number,
    readonly cursor?: string,
    readonly status?: RetentionCampaignStatus,
  ) {
    super();
  }
}
