import type { BlocklistKind } from './blocklist.js';

export interface BlocklistEntry {
  id: string;
  kind: BlocklistKind;
  value: string;
  note: string | null;
  createdAt: Date;
}

/** Where block list entries are kept. An abstract class, so it doubles as the DI token. */
export abstract class BlocklistEntryRepository {
  /** Fails with TRACKING.DUPLICATE_BLOCKLIST_ENTRY when the same kind and value exist. */
  abstract add(entry: BlocklistEntry): Promise<void>;
  /** False when no entry has the id. */
  abstract remove(id: string): Promise<boolean>;
}
