import { Query } from '@nestjs/cqrs';
import type { Page } from '@app/platform';
import type { AffiliateStatus } from '../../../domain/affiliate.js';
import type { AffiliateView } from '../affiliate.view.js';

export class ListAffiliatesQuery extends Query<Page<AffiliateView>> {
  constructor(
    readonly limit: number,
    readonly cursor?: string,
    readonly status?: AffiliateStatus,
  ) {
    super();
  }
}
