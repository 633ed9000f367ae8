import { Command } from '@nestjs/cqrs';

/** Counts one view of an affiliate's creative, so that CTR has a denominator. */
export class RecordImpressionCommand extends Command<void> {
  constructor(
    readonly campaignId: string,
    readonly affiliateId: string | null,
    /** The viewer: where and on what the creative was seen, for CTR by country and device. */
    readonly viewer: { ip: string; userAgent: string; sub1: string | null },
  ) {
    super();
  }
}
