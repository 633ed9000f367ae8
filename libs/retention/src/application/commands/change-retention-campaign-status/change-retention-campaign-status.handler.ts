import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@app/kernel';
import { APP_CONFIG, type AppConfig, UnitOfWork } from '@app/platform';
import { RetentionCampaignRepository } from '../../../infrastructure/retention-campaign.repository.js';
import {
  type RetentionCampaignView,
  toCampaignView,
} from '../../queries/retention-campaign.view.js';
import { ChangeRetentionCampaignStatusCommand } from './change-retention-campaign-status.command.js';

@CommandHandler(ChangeRetentionCampaignStatusCommand)
export class ChangeRetentionCampaignStatusHandler implements ICommandHandler<ChangeRetentionCampaignStatusCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly campaigns: RetentionCampaignRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  execute({
    id,
    action,
    version,
  }: ChangeRetentionCampaignStatusCommand): Promise<RetentionCampaignView> {
    return this.unitOfWork.run(async ({ manager }) => {
      const campaign = await this.campaigns.load(manager, id);
      campaign.apply(action, version, this.clock.now());
      await this.campaigns.update(manager, campaign);
      return toCampaignView(campaign.snapshot, this.config.secretKey);
    });
  }
}
