import type { Erasure } from './erasure.js';

/** Where erasures are kept. An abstract class, so it doubles as the DI token. */
export abstract class ErasureRepository {
  /** Stores a new erasure and its ErasureRequested event in one transaction. */
  abstract add(erasure: Erasure): Promise<void>;
  /**
   * Loads the erasure, locked against concurrent changes, lets `change` alter it and saves it,
   * in one transaction, and only on the first delivery of `eventId` to `consumer`. Nothing
   * happens when the erasure does not exist.
   */
  abstract changeOnce(
    erasureId: string,
    delivery: { consumer: string; eventId: string },
    change: (erasure: Erasure) => void,
  ): Promise<void>;
}
