import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@app/kernel';
import { CampaignRepository } from '../../../domain/campaign.repository.js';
import { campaignNotFound } from '../../../domain/campaigns.errors.js';
import { TrackingTermsChangedEvent } from '../../../domain/events/tracking-terms-changed.event.js';
import { ChangeCampaignStatusCommand } from './change-campaign-status.command.js';

@CommandHandler(ChangeCampaignStatusCommand)
export class ChangeCampaignStatusHandler implements ICommandHandler<ChangeCampaignStatusCommand> {
  constructor(
    private readonly campaigns: CampaignRepository,
    private readonly clock: Clock,
    private readonly events: EventBus,
  ) {}

  async execute({ campaignId, action }: ChangeCampaignStatusCommand): Promise<void> {
    const campaign = await this.campaigns.findById(campaignId);
    if (!campaign) throw campaignNotFound(campaignId);
    campaign.changeStatus(action, this.clock.now());
    await this.campaigns.save(campaign);
    this.events.publish(new TrackingTermsChangedEvent('campaign', campaignId));
  }
}
