import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { DataSource } from 'typeorm';
import { campaignNotFound } from '../../../domain/retention.errors.js';
import { RetentionCampaignOrmEntity } from '../../../infrastructure/retention-campaign.orm-entity.js';
import { type RetentionCampaignView, toCampaignView } from '../retention-campaign.view.js';
import { GetRetentionCampaignQuery } from './get-retention-campaign.query.js';

@QueryHandler(GetRetentionCampaignQuery)
export class GetRetentionCampaignHandler implements IQueryHandler<GetRetentionCampaignQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ id }: GetRetentionCampaignQuery): Promise<RetentionCampaignView> {
    const row = await this.dataSource.manager.findOneBy(RetentionCampaignOrmEntity, { id });
    if (!row) throw campaignNotFound(id);
    return toCampaignView(row, this.config.secretKey);
  }
}
