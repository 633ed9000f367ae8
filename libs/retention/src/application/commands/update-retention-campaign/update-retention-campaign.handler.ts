import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@app/kernel';
import { APP_CONFIG, type AppConfig, OutboundDestinations } from '@app/platform';
import { RetentionCampaignRepository } from '../../../domain/retention-campaign.repository.js';
import {
  type RetentionCampaignView,
  toCampaignView,
} from '../../queries/retention-campaign.view.js';
import { changedSettings } from '../campaign-input.js';
import { assertWebhookDestination } from '../webhook-destination.js';
import { UpdateRetentionCampaignCommand } from './update-retention-campaign.command.js';

@CommandHandler(UpdateRetentionCampaignCommand)
export class UpdateRetentionCampaignHandler implements ICommandHandler<UpdateRetentionCampaignCommand> {
  constructor(
    private readonly campaigns: RetentionCampaignRepository,
    private readonly clock: Clock,
    private readonly destinations: OutboundDestinations,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({
    id,
    input,
    version,
  }: UpdateRetentionCampaignCommand): Promise<RetentionCampaignView> {
    // Before the transaction: a DNS lookup must not hold a connection (or SQLite's write lock).
    await assertWebhookDestination(input.webhookUrl, this.destinations);
    const campaign = await this.campaigns.load(id);
    campaign.update(changedSettings(input, campaign.snapshot), version, this.clock.now());
    await this.campaigns.update(campaign);
    return toCampaignView(campaign.snapshot, this.config.secretKey);
  }
}
