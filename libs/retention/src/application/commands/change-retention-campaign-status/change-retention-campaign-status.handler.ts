import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@app/kernel';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { RetentionCampaignRepository } from '../../../domain/retention-campaign.repository.js';
import {
  type RetentionCampaignView,
  toCampaignView,
} from '../../queries/retention-campaign.view.js';
import { ChangeRetentionCampaignStatusCommand } from './change-retention-campaign-status.command.js';

@CommandHandler(ChangeRetentionCampaignStatusCommand)
export class ChangeRetentionCampaignStatusHandler implements ICommandHandler<ChangeRetentionCampaignStatusCommand> {
  constructor(
    private readonly campaigns: RetentionCampaignRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({
    id,
    action,
    version,
  }: ChangeRetentionCampaignStatusCommand): Promise<RetentionCampaignView> {
    const campaign = await this.campaigns.load(id);
    campaign.apply(action, version, this.clock.now());
    await this.campaigns.update(campaign);
    return toCampaignView(campaign.snapshot, this.config.secretKey);
  }
}
