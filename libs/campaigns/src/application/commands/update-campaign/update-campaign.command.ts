import { Command } from '@nestjs/cqrs';
import type { CampaignChanges } from '../../../domain/campaign.js';

export class UpdateCampaignCommand extends Command<void> {
  constructor(
    readonly campaignId: string,
    readonly changes: CampaignChanges,
  ) {
    super();
  }
}
