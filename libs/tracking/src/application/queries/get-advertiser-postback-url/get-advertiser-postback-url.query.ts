import { Query } from '@nestjs/cqrs';
import type { CallerScope } from '@app/platform';
import type { AdvertiserPostbackUrlView } from './advertiser-postback-url.view.js';

/**
 * The advertiser's postback URL and credentials: for admins, and for the advertiser's own
 * keys (any other advertiser is not found, as on GET /v1/advertisers/{id}).
 */
export class GetAdvertiserPostbackUrlQuery extends Query<AdvertiserPostbackUrlView> {
  constructor(
    readonly advertiserId: string,
    readonly caller: CallerScope,
    /** Where advertisers reach this API, for the URL. */
    readonly baseUrl: string,
  ) {
    super();
  }
}
