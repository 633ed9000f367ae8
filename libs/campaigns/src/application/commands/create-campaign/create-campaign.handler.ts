import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, newId } from '@app/kernel';
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
    const id = newId();
    const now = this.clock.now();
    const campaign = await this.advertiser.create(input, (ready) =>
      Campaign.create(ready, id, now),
    );
    await this.campaigns.save(campaign);
    return campaign.id;
  }
}
