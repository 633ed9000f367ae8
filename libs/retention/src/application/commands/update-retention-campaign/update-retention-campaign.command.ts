import { Command } from '@nestjs/cqrs';
import type { RetentionCampaignView } from '../../queries/retention-campaign.view.js';
import type { CampaignInput } from '../campaign-input.js';

/** Changes the named settings; with `version`, only if nobody changed the campaign since. */
export class UpdateRetentionCampaignCommand extends Command<RetentionCampaignView> {
  constructor(
    readonly id: string,
    readonly input: CampaignInput,
    readonly version?: number,
  ) {
    super();
  }
}
