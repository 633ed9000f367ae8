import { Query } from '@nestjs/cqrs';
import type { LeadAnalyticsView } from './lead-analytics.view.js';

/** The funnel of the submissions in [from, to), of one form or all. */
export class GetLeadAnalyticsQuery extends Query<LeadAnalyticsView> {
  constructor(
    readonly formId: string | undefined,
    readonly from: Date | undefined,
    readonly to: Date | undefined,
  ) {
    super();
  }
}
