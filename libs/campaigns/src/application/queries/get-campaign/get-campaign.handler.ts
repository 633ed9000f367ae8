import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { withoutFields } from '@app/platform';
import { DataSource } from 'typeorm';
import { campaignNotFound } from '../../../domain/campaigns.errors.js';
import { CampaignOrmEntity } from '../../../infrastructure/campaign.orm-entity.js';
import { type CampaignView, toCampaignView } from '../campaign.view.js';
import { campaignInScope, hiddenCampaignFields } from '../campaign-scope.js';
import { GetCampaignQuery } from './get-campaign.query.js';

@QueryHandler(GetCampaignQuery)
export class GetCampaignHandler implements IQueryHandler<GetCampaignQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ campaignId, caller }: GetCampaignQuery): Promise<CampaignView> {
    const row = await this.dataSource
      .getRepository(CampaignOrmEntity)
      .findOneBy({ id: campaignId });
    if (!row || !campaignInScope(caller, row)) throw campaignNotFound(campaignId);
    return withoutFields(toCampaignView(row), hiddenCampaignFields(caller));
  }
}
