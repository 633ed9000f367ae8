import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../domain/clock.js';
import { JobRunOrmEntity } from './job-run.orm-entity.js';

export type JobOutcome = 'ran' | 'already-done' | 'running-elsewhere';

/**
 * Runs a scheduled job once per period across every replica. On PostgreSQL a session-level
 * advisory lock keeps two replicas from running it at the same time, and the job_runs row
 * keeps a replica that wakes later in the period from running it again. On SQLite there is
 * one process, so an in-process flag does the locking.
 */
@Injectable()
export class ScheduledJobRunner {
  private readonly runningHere = new Set<string>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async runOncePerPeriod(
    job: string,
    period: string,
    work: () => Promise<void>,
  ): Promise<JobOutcome> {
    if (this.runningHere.has(job)) return 'running-elsewhere';
    this.runningHere.add(job);
    try {
      return this.dataSource.options.type === 'postgres'
        ? await this.withAdvisoryLock(job, () => this.runIfNotDone(job, period, work))
        : await this.runIfNotDone(job, period, work);
    } finally {
      this.runningHere.delete(job);
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

  private async withAdvisoryLock(
    job: string,
    work: () => Promise<JobOutcome>,
  ): Promise<JobOutcome> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      // hashtextextended gives a 64-bit key from the job name, the width advisory locks take.
      const [{ locked }] = (await runner.query(
        'SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked',
        [`job:${job}`],
      )) as { locked: boolean }[];
      if (!locked) return 'running-elsewhere';
      try {
        return await work();
      } finally {
        await runner.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [`job:${job}`]);
      }
    } finally {
      await runner.release();
    }
  }
}
