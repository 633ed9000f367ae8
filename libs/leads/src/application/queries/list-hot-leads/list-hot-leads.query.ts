import { Query } from '@nestjs/cqrs';
import type { LeadSummaryView } from '../lead.view.js';

export interface HotLeadsView {
  threshold: number;
  data: LeadSummaryView[];
}

/** Open leads scoring at least `threshold`, best first (ties: newest first). */
export class ListHotLeadsQuery extends Query<HotLeadsView> {
  constructor(
    readonly threshold: number | undefined,
    readonly limit: number,
  ) {
    super();
  }
}
