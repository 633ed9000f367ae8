import { Query } from '@nestjs/cqrs';
import type { LeadView } from '../lead.view.js';

/** A lead with its score breakdown, submissions and status history. */
export class GetLeadQuery extends Query<LeadView> {
  constructor(readonly leadId: string) {
    super();
  }
}
