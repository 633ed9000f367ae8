import { Command } from '@nestjs/cqrs';
import type { NewCampaignInput } from '../../../domain/campaign.js';

/** Creates a draft campaign; resolves to its id. */
export class CreateCampaignCommand extends Command<string> {
  constructor(readonly input: NewCampaignInput) {
    super();
  }
}
