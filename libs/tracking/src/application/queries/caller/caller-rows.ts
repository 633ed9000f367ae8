import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { CallerScope } from '@app/platform';
import { ListAdvertiserCampaignIdsQuery } from '@app/campaigns';
import { type RowScope, rowScopeOf } from './row-scope.js';

/**
 * Resolves a caller to its row scope. An advertiser's campaigns are asked of campaigns on
 * every read, not cached: a campaign moved to another advertiser leaves the old one's view at
 * once.
 */
@Injectable()
export class CallerRows {
  constructor(private readonly queries: QueryBus) {}

  async of(caller: CallerScope): Promise<RowScope> {
    const campaignIds =
      caller.role === 'advertiser'
        ? await this.queries.execute(new ListAdvertiserCampaignIdsQuery(caller.advertiserId))
        : [];
    return rowScopeOf(caller, campaignIds);
  }
}
