import { Query } from '@nestjs/cqrs';
import { ADMIN_CALLER, type CallerScope, type Page } from '@app/platform';
import type { ConversionStatus } from '../../../domain/conversion-status.js';
import type { ConversionView } from '../conversion.view.js';

export interface ConversionFilters {
  campaignId?: string;
  affiliateId?: string;
  status?: ConversionStatus;
  /** Converted at or after. */
  from?: Date;
  /** Converted before. */
  to?: Date;
}

/** Conversions newest first (ids are time-ordered UUIDv7), filtered, a page at a time. */
export class ListConversionsQuery extends Query<Page<ConversionView>> {
  constructor(
    readonly filters: ConversionFilters,
    readonly limit: number,
    readonly cursor?: string,
    /** Whose conversions, and which of their fields (see caller/visible-fields.ts). */
    readonly caller: CallerScope = ADMIN_CALLER,
  ) {
    super();
  }
}
