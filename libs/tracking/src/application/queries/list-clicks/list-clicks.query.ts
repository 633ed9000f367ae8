import { Query } from '@nestjs/cqrs';
import { ADMIN_CALLER, type CallerScope, type Page } from '@app/platform';
import type { ClickView } from '../click.view.js';

/** Which clicks to list; every filter is optional and they combine with AND. */
export interface ClickFilters {
  campaignId?: string;
  affiliateId?: string;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
  bot?: boolean;
  unique?: boolean;
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string;
}

/** Clicks newest first, a page at a time. */
export class ListClicksQuery extends Query<Page<ClickView>> {
  constructor(
    readonly limit: number,
    readonly cursor: string | undefined,
    readonly filters: ClickFilters,
    /** Whose clicks: an affiliate key lists its own only. */
    readonly caller: CallerScope = ADMIN_CALLER,
  ) {
    super();
  }
}
