import { Command } from '@nestjs/cqrs';
import type { ConversionStatus } from '../../../domain/conversion-status.js';

/** A postback's parameters, read but not yet checked against the click and campaign. */
export interface PostbackRequest {
  clickId: string;
  transactionId: string | null;
  /** Decimal text in major units, parsed exactly once the currency is known. */
  revenue: string | null;
  payout: string | null;
  currency: string | null;
  status: ConversionStatus;
  customerId: string | null;
}

export interface PostbackOutcome {
  /** recorded: a new conversion; updated: a known one changed status; duplicate: nothing changed. */
  result: 'recorded' | 'updated' | 'duplicate';
  conversionId: string;
  conversionStatus: ConversionStatus;
}

export class RecordConversionCommand extends Command<PostbackOutcome> {
  constructor(
    readonly postback: PostbackRequest,
    /** The advertiser whose credentials the postback carried: only its clicks may convert. */
    readonly advertiserId: string,
  ) {
    super();
  }
}
