import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { DomainError } from '@app/kernel';
import { GetClickQuery } from '@app/tracking';
import { type Attribution, NO_ATTRIBUTION } from '../../../domain/attribution.js';

/**
 * Resolves a submission's click_id to the campaign and affiliate of the tracked click, through
 * tracking's published query. A click_id tracking does not know keeps the lead, unattributed.
 */
@Injectable()
export class ClickAttributionResolver {
  constructor(private readonly queries: QueryBus) {}

  async resolve(clickId: string | null): Promise<Attribution> {
    if (!clickId) return NO_ATTRIBUTION;
    try {
      const click = await this.queries.execute(new GetClickQuery(clickId));
      return {
        status: 'tracked',
        clickId,
        campaignId: click.campaignId,
        affiliateId: click.affiliateId,
      };
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'not_found') {
        return { status: 'unknown_click', clickId, campaignId: null, affiliateId: null };
      }
      throw error;
    }
  }
}
