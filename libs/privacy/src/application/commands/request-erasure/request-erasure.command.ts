import { Command } from '@nestjs/cqrs';
import type { Requester } from '../../../domain/erasure.js';

/** Right to erasure across every context; resolves to the erasure's id. */
export class RequestErasureCommand extends Command<string> {
  constructor(
    readonly customerId: string,
    readonly email: string | null,
    readonly requestedBy: Requester,
  ) {
    super();
  }
}
