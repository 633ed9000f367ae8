import { Command } from '@nestjs/cqrs';
import type { AffiliateStatus } from '../../../domain/affiliate.js';

/** Suspends or reactivates an affiliate; returns how many of its API keys were revoked. */
export class ChangeAffiliateStatusCommand extends Command<number> {
  constructor(
    readonly affiliateId: string,
    readonly status: AffiliateStatus,
  ) {
    super();
  }
}
