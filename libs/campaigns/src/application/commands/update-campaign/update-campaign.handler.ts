import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@app/kernel';
import { CampaignRepository } from '../../../domain/campaign.repository.js';
import { campaignNotFound } from '../../../domain/campaigns.errors.js';
import { TrackingTermsChangedEvent } from '../../../domain/events/tracking-terms-changed.event.js';
import { AdvertiserOfCampaign } from '../advertiser-of-campaign.js';
import { UpdateCampaignCommand } from './update-campaign.command.js';

@CommandHandler(UpdateCampaignCommand)
export class UpdateCampaignHandler implements ICommandHandler<UpdateCampaignCommand> {
  constructor(
    private readonly campaigns: CampaignRepository,
    private readonly clock: Clock,
    private readonly advertiser: AdvertiserOfCampaign,
    private readonly events: EventBus,
  ) {}

  async execute({ campaignId, changes }: UpdateCampaignCommand): Promise<void> {
    const campaign = await this.campaigns.findById(campaignId);
    if (!campaign) throw campaignNotFound(campaignId);
    campaign.update(await this.advertiser.resolve(changes, false), this.clock.now());
    await this.campaigns.save(campaign);
    this.events.publish(new TrackingTermsChangedEvent('campaign', campaignId));
  }
}
