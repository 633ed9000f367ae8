import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@app/kernel';
import { APP_CONFIG, type AppConfig, OutboundDestinations } from '@app/platform';
import { RetentionCampaign } from '../../../domain/retention-campaign.js';
import { RetentionCampaignRepository } from '../../../domain/retention-campaign.repository.js';
import {
  type RetentionCampaignView,
  toCampaignView,
} from '../../queries/retention-campaign.view.js';
import { newSettings } from '../campaign-input.js';
import { assertWebhookDestination } from '../webhook-destination.js';
import { CreateRetentionCampaignCommand } from './create-retention-campaign.command.js';

@CommandHandler(CreateRetentionCampaignCommand)
export class CreateRetentionCampaignHandler implements ICommandHandler<CreateRetentionCampaignCommand> {
  constructor(
    private readonly campaigns: RetentionCampaignRepository,
    private readonly clock: Clock,
    private readonly destinations: OutboundDestinations,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ input }: CreateRetentionCampaignCommand): Promise<RetentionCampaignView> {
    const campaign = RetentionCampaign.create(
      newSettings(input, this.config.ltv.currency),
      this.clock.now(),
    );
    await assertWebhookDestination(campaign.snapshot.webhookUrl, this.destinations);
    await this.campaigns.insert(campaign);
    return toCampaignView(campaign.snapshot, this.config.secretKey);
  }
}
