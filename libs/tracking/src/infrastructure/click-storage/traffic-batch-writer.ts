import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { SpendCache } from '../spend-cache.js';
import { TrafficBatchStore } from './traffic-batch-store.js';
import type { StoredTraffic, TrafficRecord } from './traffic-record.js';

/** Bounds one transaction; under load batches stay far below it (tens of rows). */
const MAX_BATCH = 1_000;

interface Pending {
  record: TrafficRecord;
  resolve: (stored: StoredTraffic) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: every caller waits until its record is committed (a click is durable before its
 * 302), but records that arrive while a commit is under way share the next one. One flush at a
 * time; the next starts when the previous has committed, so under load each commit carries
 * everything that queued behind it.
 */
@Injectable()
export class TrafficBatchWriter implements OnApplicationShutdown {
  private readonly logger = new Logger('TrafficBatchWriter');
  private queue: Pending[] = [];
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly store: TrafficBatchStore,
    private readonly spend: SpendCache,
  ) {}

  write(record: TrafficRecord): Promise<StoredTraffic> {
    return new Promise<StoredTraffic>((resolve, reject) => {
      this.queue.push({ record, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flushing;
  }

  private async flush(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, MAX_BATCH);
        await this.commit(batch);
      }
    } finally {
      this.flushing = null;
    }
  }

  private async commit(batch: Pending[]): Promise<void> {
    try {
      const { outcomes, deltas } = await this.store.store(batch.map((pending) => pending.record));
      for (const delta of deltas)
        this.spend.add(delta.campaignId, delta.payoutMinor ?? 0, delta.hour);
      batch.forEach((pending, index) => pending.resolve(outcomes[index]));
    } catch (error) {
      if (batch.length > 1) {
        // One record the database refuses must not fail the clicks it shared a batch with:
        // retry them one by one, so only that record's caller sees the error.
        this.logger.warn(
          `A batch of ${batch.length} failed (${(error as Error).message}); retrying one by one`,
        );
        for (const pending of batch) await this.commit([pending]);
        return;
      }
      this.logger.error(`A record was not stored: ${(error as Error).message}`);
      batch[0].reject(error);
    }
  }
}
