import { Command } from '@nestjs/cqrs';
import type { BlocklistKind } from '../../../domain/blocklist.js';

/** Blocks an IP address, a CIDR range or a referrer domain; resolves to the entry's id. */
export class AddBlocklistEntryCommand extends Command<string> {
  constructor(
    readonly kind: BlocklistKind,
    readonly value: string,
    readonly note: string | null,
  ) {
    super();
  }
}
