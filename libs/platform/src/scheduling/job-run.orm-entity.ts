import { Entity, PrimaryColumn } from 'typeorm';
import { TimestampColumn } from '../database/timestamp-column.js';

/** One completed run of a scheduled job for one period (`2026-11-26` for a nightly job). */
@Entity('job_runs')
export class JobRunOrmEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  job!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  period!: string;

  @TimestampColumn({ name: 'started_at' })
  startedAt!: Date;

  @TimestampColumn({ name: 'finished_at' })
  finishedAt!: Date;
}
