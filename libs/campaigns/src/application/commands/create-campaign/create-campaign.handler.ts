import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, newId } from '@app/platform';
import { Campaign } from '../../../domain/campaign.js';
import { CampaignRepository } from '../../../domain/campaign.repository.js';
import { AdvertiserOfCampaign } from '../advertiser-of-campaign.js';
import { CreateCampaignCommand } from './create-campaign.command.js';

@CommandHandler(CreateCampaignCommand)
export class CreateCampaignHandler implements ICommandHandler<CreateCampaignCommand> {
  constructor(
    private readonly campaigns: CampaignRepository,
    private readonly clock: Clock,
    private readonly advertiser: AdvertiserOfCampaign,
  ) {}

  async execute({ input }: CreateCampaignCommand): Promise<string> {
    const resolved = await this.advertiser.resolve(input, true);
    const campaign = Campaign.create(resolved, newId(), this.clock.now());
    await this.campaigns.save(campaign);
    return campaign.id;
  }
}
