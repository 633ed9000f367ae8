import { Query } from '@nestjs/cqrs';
import { ADMIN_CALLER, type CallerScope } from '@app/platform';
import type { AffiliateView } from '../affiliate.view.js';

export class GetAffiliateQuery extends Query<AffiliateView> {
  /** An affiliate key sees only its own affiliate; any other id is not found. */
  constructor(
    readonly affiliateId: string,
    readonly caller: CallerScope = ADMIN_CALLER,
  ) {
    super();
  }
}
