import { Command } from '@nestjs/cqrs';
import type { FieldError } from '@app/kernel';

export interface EventBatchReport {
  received: number;
  recorded: number;
  duplicates: number;
  rejected: number;
  errors: FieldError[];
}

/**
 * Records a batch of behaviour events. Rows are checked one by one: valid rows are kept even
 * when others are refused, and a batch with no valid row is a 422. With `campaignId` (from
 * /retention/campaigns/{id}/events) every row is an outcome of that campaign's message.
 */
export class RecordEventsCommand extends Command<EventBatchReport> {
  constructor(
    readonly events: readonly unknown[],
    readonly campaignId: string | null = null,
  ) {
    super();
  }
}
