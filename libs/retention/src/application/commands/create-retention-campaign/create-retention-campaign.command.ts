import { Command } from '@nestjs/cqrs';
import type { RetentionCampaignView } from '../../queries/retention-campaign.view.js';
import type { CampaignInput } from '../campaign-input.js';

export class CreateRetentionCampaignCommand extends Command<RetentionCampaignView> {
  constructor(readonly input: CampaignInput) {
    super();
  }
}
