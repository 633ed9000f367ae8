import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig, decodeCursor, type Page, toPage } from '@app/platform';
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
    limit,
    cursor,
    status,
  }: ListRetentionCampaignsQuery): Promise<Page<RetentionCampaignView>> {
    const query = this.dataSource
      .getRepository(RetentionCampaignOrmEntity)
      .createQueryBuilder('campaign')
      .orderBy('campaign.id', 'DESC')
      .limit(limit + 1);
    if (status) query.andWhere('campaign.status = :status', { status });
    if (cursor) query.andWhere('campaign.id < :after', { after: decodeCursor(cursor) });
    return toPage(await query.getMany(), limit, (row) =>
      toCampaignView(row, this.config.secretKey),
    );
  }
}
