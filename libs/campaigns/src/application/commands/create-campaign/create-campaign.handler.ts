import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, newId } from '@app/platform';
import { Campaign } from '../../../domain/campaign.js';
import { CampaignRepository } from '../../../domain/campaign.repository.js';
import { CreateCampaignCommand } from './create-campaign.command.js';

@CommandHandler(CreateCampaignCommand)
export class CreateCampaignHandler implements ICommandHandler<CreateCampaignCommand> {
  constructor(
    private readonly campaigns: CampaignRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ input }: CreateCampaignCommand): Promise<string> {
    const campaign = Campaign.create(input, newId(), this.clock.now());
    await this.campaigns.save(campaign);
    return campaign.id;
  }
}
