import { Query } from '@nestjs/cqrs';

/** A lead as another context sees it: ids, scoring and status; no personal data. */
export interface LeadRecord {
  leadId: string;
  formId: string;
  clickId: string;
  campaignId: string | null;
  affiliateId: string | null;
  score: number;
  grade: string;
  status: string;
  utmSource: string | null;
  createdAt: Date;
}

/**
 * The leads that came through any of these tracked clicks, created in [from, to), oldest first,
 * at most `limit`. Erased leads have no click id any more and are not found. Published for
 * analytics (a customer's journey).
 */
export class ListLeadsByClicksQuery extends Query<LeadRecord[]> {
  constructor(
    readonly clickIds: readonly string[],
    readonly from: Date,
    readonly to: Date,
    readonly limit: number,
  ) {
    super();
  }
}
