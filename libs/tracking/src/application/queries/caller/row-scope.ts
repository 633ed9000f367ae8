import type { CallerScope } from '@app/platform';

/**
 * The tracking rows (clicks, conversions, hourly rollups) a caller may read: all of them, an
 * affiliate's own traffic, or the traffic of an advertiser's campaigns. Every tracking read
 * narrows its rows through this one value, so the rule lives here and nowhere else.
 */
export type RowScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'affiliate'; readonly affiliateId: string }
  | { readonly kind: 'campaigns'; readonly campaignIds: readonly string[] };

/** The row scope of a caller; an advertiser's campaigns are looked up by the caller of this. */
export function rowScopeOf(
  caller: CallerScope,
  advertiserCampaignIds: readonly string[],
): RowScope {
  switch (caller.role) {
    case 'admin':
      return { kind: 'all' };
    case 'affiliate':
      return { kind: 'affiliate', affiliateId: caller.affiliateId };
    case 'advertiser':
      return { kind: 'campaigns', campaignIds: advertiserCampaignIds };
  }
}

/** Whether one row is the caller's to see (reads by id: anything else is "not found"). */
export function rowInScope(
  scope: RowScope,
  row: { campaignId: string; affiliateId: string | null },
): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'affiliate':
      return row.affiliateId === scope.affiliateId;
    case 'campaigns':
      return scope.campaignIds.includes(row.campaignId);
  }
}
