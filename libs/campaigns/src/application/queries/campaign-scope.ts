import type { CallerScope } from '@app/platform';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { CampaignView } from './campaign.view.js';

/**
 * Which campaigns a caller reads: admins all, an advertiser those that name it. Affiliate keys
 * are not let into campaign reads at all; should one get here, it reads nothing.
 */
export function campaignInScope(
  caller: CallerScope,
  row: { advertiserId: string | null },
): boolean {
  if (caller.role === 'admin') return true;
  return caller.role === 'advertiser' && row.advertiserId === caller.advertiserId;
}

/** The same rule as a condition on a campaign list (`alias` names the campaign entity). */
export function restrictCampaigns<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  caller: CallerScope,
): SelectQueryBuilder<T> {
  if (caller.role === 'admin') return query;
  if (caller.role !== 'advertiser') return query.andWhere('1 = 0');
  return query.andWhere(`${alias}.advertiserId = :scopeAdvertiserId`, {
    scopeAdvertiserId: caller.advertiserId,
  });
}

/** The payout is what the network pays affiliates: the advertiser must not learn the margin. */
export function hiddenCampaignFields(caller: CallerScope): (keyof CampaignView)[] {
  return caller.role === 'admin' ? [] : ['payout'];
}
