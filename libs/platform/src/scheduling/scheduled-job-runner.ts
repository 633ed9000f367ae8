import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AlreadyRunningError, Clock } from '@app/kernel';
import { ExclusiveRuns } from './exclusive-runs.js';
import { JobRunOrmEntity } from './job-run.orm-entity.js';

export type JobOutcome = 'ran' | 'already-done' | 'running-elsewhere';

/**
 * Runs a scheduled job once per period across every replica. On PostgreSQL a session-level
 * advisory lock keeps two replicas from running it at the same time, and the job_runs row
 * keeps a replica that wakes later in the period from running it again. On SQLite there is
 * one process, so an in-process flag does the locking (both through ExclusiveRuns).
 */
@Injectable()
export class ScheduledJobRunner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly exclusive: ExclusiveRuns,
  ) {}

  async runOncePerPeriod(
    job: string,
    period: string,
    work: () => Promise<void>,
  ): Promise<JobOutcome> {
    try {
      const outcome = await this.exclusive.tryRun(`job:${job}`, () =>
        this.runIfNotDone(job, period, work),
      );
      return outcome.ran ? outcome.value : 'running-elsewhere';
    } catch (error) {
      // An on-demand run of the same work holds its lock: the period stays open, so the next
      // tick runs the job once that run is over.
      if (error instanceof AlreadyRunningError) return 'running-elsewhere';
      throw error;
    }
  }

  private async runIfNotDone(
    job: string,
    period: string,
    work: () => Promise<void>,
  ): Promise<JobOutcome> {
    const runs = this.dataSource.getRepository(JobRunOrmEntity);
    if (await runs.existsBy({ job, period })) return 'already-done';
    const startedAt = this.clock.now();
    await work();
    await runs.insert({ job, period, startedAt, finishedAt: this.clock.now() });
    return 'ran';
  }
}
