import type { DataSource } from 'typeorm';
import { HourlyStatOrmEntity } from '../../../infrastructure/hourly-stat.orm-entity.js';
import type { RowScope } from './row-scope.js';

/**
 * Whether a caller may ask about a campaign by its id; outside, the id answers like an unknown
 * one, so a key cannot probe which campaigns exist (another advertiser's drafts included).
 * An admin: every campaign. An advertiser: the campaigns that name it. An affiliate: the
 * campaigns it has sent traffic to (a click or an impression counted in the rollups, at any
 * time): the campaigns where it has figures of its own to read.
 */
export async function campaignInScope(
  dataSource: DataSource,
  scope: RowScope,
  campaignId: string,
): Promise<boolean> {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'campaigns':
      return scope.campaignIds.includes(campaignId);
    case 'affiliate':
      return dataSource
        .getRepository(HourlyStatOrmEntity)
        .createQueryBuilder('stat')
        .where('stat.campaignId = :campaignId', { campaignId })
        .andWhere('stat.affiliateId = :affiliateId', { affiliateId: scope.affiliateId })
        .getExists();
  }
}
