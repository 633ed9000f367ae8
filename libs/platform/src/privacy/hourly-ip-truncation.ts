import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '@app/kernel';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { type JobOutcome, ScheduledJobRunner } from '../scheduling/scheduled-job-runner.js';
import {
  type IpColumnSweep,
  ipRetentionCutoff,
  IpTruncationSweeper,
} from './ip-truncation-sweeper.js';

/**
 * One table's truncation of visitor addresses older than IP_RETENTION_DAYS, run once an hour
 * across replicas. Each context's job owns its schedule and its table and calls this, so the
 * period, the cutoff and the log line are the same everywhere.
 */
@Injectable()
export class HourlyIpTruncation {
  private readonly logger = new Logger('IpTruncation');

  constructor(
    private readonly jobs: ScheduledJobRunner,
    private readonly sweeper: IpTruncationSweeper,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `rows` names what the table holds, for the log: "clicks", "form submissions". */
  run(jobName: string, sweep: IpColumnSweep, rows: string): Promise<JobOutcome> {
    const now = this.clock.now();
    const hour = now.toISOString().slice(0, 13);
    return this.jobs.runOncePerPeriod(jobName, hour, async () => {
      const cutoff = ipRetentionCutoff(now, this.config.privacy.ipRetentionDays);
      const { truncated } = await this.sweeper.sweep(sweep, cutoff);
      if (truncated > 0) this.logger.log(`Truncated the IP addresses of ${truncated} ${rows}`);
    });
  }
}
