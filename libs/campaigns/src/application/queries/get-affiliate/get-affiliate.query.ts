import { Query } from '@nestjs/cqrs';
import type { AffiliateView } from '../affiliate.view.js';

export class GetAffiliateQuery extends Query<AffiliateView> {
  constructor(readonly affiliateId: string) {
    super();
  }
}
