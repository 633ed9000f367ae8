import { Query } from '@nestjs/cqrs';

/**
 * Published for tracking's outbound postbacks: the URL an affiliate wants its conversions
 * reported to, or null when it set none (or no affiliate has the id).
 */
export class GetAffiliatePostbackUrlQuery extends Query<string | null> {
  constructor(readonly affiliateId: string) {
    super();
  }
}
