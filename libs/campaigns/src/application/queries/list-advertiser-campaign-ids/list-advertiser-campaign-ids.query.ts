import { Query } from '@nestjs/cqrs';

/**
 * The ids of the campaigns that name this advertiser: published so that other contexts can
 * scope an advertiser key's reads (tracking's conversions) without reading our tables.
 */
export class ListAdvertiserCampaignIdsQuery extends Query<string[]> {
  constructor(readonly advertiserId: string) {
    super();
  }
}
