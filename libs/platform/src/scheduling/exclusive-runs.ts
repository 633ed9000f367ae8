import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AlreadyRunningError } from '@app/kernel';
import { type ExclusiveOutcome, tryAdvisoryLock } from './advisory-lock.js';

/** How long a caller turned away is told to wait; most recalculations take a few seconds. */
export const ALREADY_RUNNING_RETRY_AFTER_SECONDS = 5;

/**
 * Runs work that must not overlap with itself anywhere: on PostgreSQL under a session-level
 * advisory lock named after it (so across replicas), and always under an in-process mark (the
 * only lock SQLite's single process needs). A run that finds the lock taken does not wait:
 * waiting would hold a pooled connection per waiter and repeat work whose result was just
 * written (see docs/decisions.md, "Concurrent recalculations").
 */
@Injectable()
export class ExclusiveRuns {
  private readonly runningHere = new Set<string>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `work` alone under `lock`, or reports that another run holds it. */
  async tryRun<T>(lock: string, work: () => Promise<T>): Promise<ExclusiveOutcome<T>> {
    if (this.runningHere.has(lock)) return { ran: false };
    this.runningHere.add(lock);
    try {
      if (this.dataSource.options.type !== 'postgres') return { ran: true, value: await work() };
      return await tryAdvisoryLock(this.dataSource, lock, work);
    } finally {
      this.runningHere.delete(lock);
    }
  }

  /**
   * Runs `work` as the one run of `kind` (`ltv.predictions`), or refuses with a 409 problem
   * (`HTTP.ALREADY_RUNNING`, Retry-After) while another run of it, scheduled or on demand,
   * is under way here or on another replica.
   */
  async run<T>(kind: string, label: string, work: () => Promise<T>): Promise<T> {
    const outcome = await this.tryRun(`run:${kind}`, work);
    if (outcome.ran) return outcome.value;
    throw new AlreadyRunningError(
      'HTTP.ALREADY_RUNNING',
      `${label} is already running; retry in a few seconds for a fresh result.`,
      ALREADY_RUNNING_RETRY_AFTER_SECONDS,
    );
  }
}
