import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { RowScope } from './row-scope.js';

/**
 * Narrows a list query to the caller's rows. `alias` names an entity with `campaignId` and
 * `affiliateId` properties (clicks, conversions, hourly stats). Parameters carry a prefix of
 * their own, so they cannot collide with the query's filters.
 */
export function restrictToScope<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  scope: RowScope,
): SelectQueryBuilder<T> {
  switch (scope.kind) {
    case 'all':
      return query;
    case 'affiliate':
      return query.andWhere(`${alias}.affiliateId = :scopeAffiliateId`, {
        scopeAffiliateId: scope.affiliateId,
      });
    case 'campaigns':
      // An advertiser without campaigns sees nothing; `IN ()` is no valid SQL.
      if (scope.campaignIds.length === 0) return query.andWhere('1 = 0');
      return query.andWhere(`${alias}.campaignId IN (:...scopeCampaignIds)`, {
        scopeCampaignIds: [...scope.campaignIds],
      });
  }
}
