import { Command } from '@nestjs/cqrs';
import type { CallerScope } from '@app/platform';

/**
 * Sets (or with null clears) an affiliate's postback URL. An affiliate key may change its own
 * affiliate only; any other id is not found, as for reads.
 */
export class ChangeAffiliatePostbackCommand extends Command<void> {
  constructor(
    readonly affiliateId: string,
    readonly postbackUrl: string | null,
    readonly caller: CallerScope,
  ) {
    super();
  }
}
