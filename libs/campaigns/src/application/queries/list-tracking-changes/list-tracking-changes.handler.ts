import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, MoreThanOrEqual } from 'typeorm';
import { AffiliateOrmEntity } from '../../../infrastructure/affiliate.orm-entity.js';
import { CampaignOrmEntity } from '../../../infrastructure/campaign.orm-entity.js';
import { ListTrackingChangesQuery, type TrackingChanges } from './list-tracking-changes.query.js';

@QueryHandler(ListTrackingChangesQuery)
export class ListTrackingChangesHandler implements IQueryHandler<ListTrackingChangesQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({
    since,
    campaignIds,
    affiliateIds,
  }: ListTrackingChangesQuery): Promise<TrackingChanges> {
    const changed = since ? { updatedAt: MoreThanOrEqual(since) } : {};
    const byIds = campaignIds !== undefined || affiliateIds !== undefined;
    const campaigns = byIds
      ? campaignIds?.length
        ? await this.dataSource.getRepository(CampaignOrmEntity).findBy({ id: In(campaignIds) })
        : []
      : await this.dataSource.getRepository(CampaignOrmEntity).findBy(changed);
    const affiliates = byIds
      ? affiliateIds?.length
        ? await this.dataSource.getRepository(AffiliateOrmEntity).findBy({ id: In(affiliateIds) })
        : []
      : await this.dataSource.getRepository(AffiliateOrmEntity).findBy(changed);
    return {
      campaigns: campaigns.map((row) => ({
        id: row.id,
        advertiserId: row.advertiserId,
        status: row.status,
        offerUrl: row.offerUrl,
        safePageUrl: row.safePageUrl,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        countries: row.targetCountries,
        devices: row.targetDevices,
        payout: {
          model: row.payoutModel,
          amountUnits: row.payoutAmount,
          currency: row.payoutCurrency,
          policy: row.payoutPolicy,
          maxUnits: row.payoutMax,
        },
        budget: { totalMinor: row.budgetTotal, dailyMinor: row.budgetDaily },
        fraudulentClickConversions: row.fraudulentClickConversions,
        updatedAt: row.updatedAt,
      })),
      affiliates: affiliates.map((row) => ({
        id: row.id,
        status: row.status,
        updatedAt: row.updatedAt,
      })),
    };
  }
}
