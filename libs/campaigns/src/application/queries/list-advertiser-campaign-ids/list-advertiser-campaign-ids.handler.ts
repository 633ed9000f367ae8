import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CampaignOrmEntity } from '../../../infrastructure/campaign.orm-entity.js';
import { ListAdvertiserCampaignIdsQuery } from './list-advertiser-campaign-ids.query.js';

@QueryHandler(ListAdvertiserCampaignIdsQuery)
export class ListAdvertiserCampaignIdsHandler implements IQueryHandler<ListAdvertiserCampaignIdsQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ advertiserId }: ListAdvertiserCampaignIdsQuery): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(CampaignOrmEntity)
      .find({ select: { id: true }, where: { advertiserId }, order: { id: 'ASC' } });
    return rows.map((row) => row.id);
  }
}
