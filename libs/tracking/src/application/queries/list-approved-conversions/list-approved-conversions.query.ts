import { Query } from '@nestjs/cqrs';
import type { ConversionRecord } from '../conversion-record.js';

/** Where a page of conversions ends: the next page starts after this one. */
export interface ConversionPosition {
  convertedAt: Date;
  conversionId: string;
}

export interface ApprovedConversionsPage {
  conversions: ConversionRecord[];
  /** Pass it as `after` for the next page; null on the last. */
  next: ConversionPosition | null;
}

/**
 * Approved conversions (the ones that count in the stats) converted in [from, to), oldest
 * first, a page at a time. Published for analytics; reads through the conversions' time index.
 */
export class ListApprovedConversionsQuery extends Query<ApprovedConversionsPage> {
  constructor(
    readonly from: Date,
    readonly to: Date,
    readonly limit: number,
    readonly after: ConversionPosition | null = null,
  ) {
    super();
  }
}
