import { Command } from '@nestjs/cqrs';
import type { StatusAction } from '../../../domain/campaign-status.js';
import type { RetentionCampaignView } from '../../queries/retention-campaign.view.js';

export class ChangeRetentionCampaignStatusCommand extends Command<RetentionCampaignView> {
  constructor(
    readonly id: string,
    readonly action: StatusAction,
    readonly version?: number,
  ) {
    super();
  }
}
