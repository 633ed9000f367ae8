import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { campaignNotFound } from '../../../domain/campaigns.errors.js';
import { trackingLink } from '../../../domain/tracking-link.js';
import { AffiliateOrmEntity } from '../../../infrastructure/affiliate.orm-entity.js';
import { CampaignOrmEntity } from '../../../infrastructure/campaign.orm-entity.js';
import { type CampaignLinksView, GetCampaignLinksQuery } from './get-campaign-links.query.js';

@QueryHandler(GetCampaignLinksQuery)
export class GetCampaignLinksHandler implements IQueryHandler<GetCampaignLinksQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ campaignId, baseUrl }: GetCampaignLinksQuery): Promise<CampaignLinksView> {
    const exists = await this.dataSource
      .getRepository(CampaignOrmEntity)
      .existsBy({ id: campaignId });
    if (!exists) throw campaignNotFound(campaignId);
    const affiliates = await this.dataSource
      .getRepository(AffiliateOrmEntity)
      .find({ order: { id: 'ASC' } });
    return {
      campaignId,
      links: affiliates.map((affiliate) => ({
        affiliateId: affiliate.id,
        affiliateName: affiliate.name,
        affiliateStatus: affiliate.status,
        url: trackingLink(baseUrl, campaignId, affiliate.id),
      })),
    };
  }
}
