import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { DataSource } from 'typeorm';
import { RetentionCampaignOrmEntity } from '../../../infrastructure/retention-campaign.orm-entity.js';
import { type RetentionCampaignView, toCampaignView } from '../retention-campaign.view.js';
import { ListRetentionCampaignsQuery } from './list-retention-campaigns.query.js';

@QueryHandler(ListRetentionCampaignsQuery)
export class ListRetentionCampaignsHandler implements IQueryHandler<ListRetentionCampaignsQuery> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({
    status,
  }: ListRetentionCampaignsQuery): Promise<{ items: RetentionCampaignView[] }> {
    const rows = await this.dataSource.manager.find(RetentionCampaignOrmEntity, {
      where: status ? { status } : {},
      order: { id: 'DESC' },
    });
    return { items: rows.map((row) => toCampaignView(row, this.config.secretKey)) };
  }
}
