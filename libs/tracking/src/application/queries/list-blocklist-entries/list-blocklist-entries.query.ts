import { Query } from '@nestjs/cqrs';
import type { Page } from '@app/platform';
import type { BlocklistKind } from '../../../domain/blocklist.js';

export interface BlocklistEntryView {
  id: string;
  kind: BlocklistKind;
  value: string;
  note: string | null;
  createdAt: string;
}

/** Entries newest first, optionally of one kind, a page at a time. */
export class ListBlocklistEntriesQuery extends Query<Page<BlocklistEntryView>> {
  constructor(
    readonly limit: number,
    readonly cursor?: string,
    readonly kind?: BlocklistKind,
    /** Exactly this entry (to answer a create). */
    readonly id?: string,
  ) {
    super();
  }
}
