import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { decodeCursor, type Page, toPage, withoutFields } from '@app/platform';
import { DataSource } from 'typeorm';
import { CampaignOrmEntity } from '../../../infrastructure/campaign.orm-entity.js';
import { type CampaignView, toCampaignView } from '../campaign.view.js';
import { hiddenCampaignFields, restrictCampaigns } from '../campaign-scope.js';
import { ListCampaignsQuery } from './list-campaigns.query.js';

@QueryHandler(ListCampaignsQuery)
export class ListCampaignsHandler implements IQueryHandler<ListCampaignsQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({
    limit,
    cursor,
    status,
    caller,
  }: ListCampaignsQuery): Promise<Page<CampaignView>> {
    const query = this.dataSource
      .getRepository(CampaignOrmEntity)
      .createQueryBuilder('campaign')
      .orderBy('campaign.id', 'DESC')
      .limit(limit + 1);
    restrictCampaigns(query, 'campaign', caller);
    if (status) query.andWhere('campaign.status = :status', { status });
    if (cursor) query.andWhere('campaign.id < :after', { after: decodeCursor(cursor) });
    const hidden = hiddenCampaignFields(caller);
    return toPage(await query.getMany(), limit, (row) =>
      withoutFields(toCampaignView(row), hidden),
    );
  }
}
