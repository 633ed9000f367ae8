import { Query } from '@nestjs/cqrs';
import { ADMIN_CALLER, type CallerScope, type Page } from '@app/platform';
import type { PostbackDeliveryStatus } from '../../../infrastructure/affiliate-postbacks/affiliate-postback.orm-entity.js';
import type { AffiliatePostbackView } from './affiliate-postback.view.js';

export interface AffiliatePostbackFilters {
  affiliateId?: string;
  conversionId?: string;
  status?: PostbackDeliveryStatus;
}

/** The calls made (or owed) to affiliates' postback URLs, newest first, a page at a time. */
export class ListAffiliatePostbacksQuery extends Query<Page<AffiliatePostbackView>> {
  constructor(
    readonly filters: AffiliatePostbackFilters,
    readonly limit: number,
    readonly cursor?: string,
    /** An affiliate key sees only the calls made to itself. */
    readonly caller: CallerScope = ADMIN_CALLER,
  ) {
    super();
  }
}
