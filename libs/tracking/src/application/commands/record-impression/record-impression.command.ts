import { Command } from '@nestjs/cqrs';

/** Counts one view of an affiliate's creative, so that CTR has a denominator. */
export class RecordImpressionCommand extends Command<void> {
  constructor(
    readonly campaignId: string,
    readonly affiliateId: string | null,
  ) {
    super();
  }
}
