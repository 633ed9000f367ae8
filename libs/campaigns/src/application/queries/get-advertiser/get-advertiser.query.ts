import { Query } from '@nestjs/cqrs';
import { ADMIN_CALLER, type CallerScope } from '@app/platform';
import type { AdvertiserView } from '../advertiser.view.js';

/** One advertiser; an advertiser key sees only its own (any other id is not found). */
export class GetAdvertiserQuery extends Query<AdvertiserView> {
  constructor(
    readonly advertiserId: string,
    readonly caller: CallerScope = ADMIN_CALLER,
  ) {
    super();
  }
}
