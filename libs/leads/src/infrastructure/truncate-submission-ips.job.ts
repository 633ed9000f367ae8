import { Inject, Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import {
  APP_CONFIG,
  type AppConfig,
  Clock,
  type IpColumnSweep,
  ipRetentionCutoff,
  IpTruncationSweeper,
  type JobOutcome,
  ScheduledJobRunner,
} from '@app/platform';

/** The senders' addresses of form submissions, along idx_lead_submissions_time. */
export const SUBMISSION_IP_SWEEP: IpColumnSweep = {
  name: 'leads.lead_submissions.ip',
  table: 'lead_submissions',
  timeColumn: 'submitted_at',
  idColumn: 'id',
  ipColumn: 'ip',
};

/**
 * Truncates the IP addresses of form submissions older than IP_RETENTION_DAYS. Hourly, once
 * across replicas; each run reads only the submissions that crossed the window since the last
 * one. The rate limit reads the last 10 minutes only, so truncation never changes its count.
 * Leads themselves hold no address.
 */
@Injectable()
export class TruncateSubmissionIpsJob {
  private readonly logger = new Logger('TruncateSubmissionIpsJob');

  constructor(
    private readonly jobs: ScheduledJobRunner,
    private readonly sweeper: IpTruncationSweeper,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Cron(CronExpression.EVERY_HOUR)
  async onSchedule(): Promise<void> {
    try {
      await this.run();
    } catch (error) {
      this.logger.error(`Truncating submission IPs failed: ${(error as Error).message}`);
    }
  }

  run(): Promise<JobOutcome> {
    const now = this.clock.now();
    const hour = now.toISOString().slice(0, 13);
    return this.jobs.runOncePerPeriod('leads.truncate-submission-ips', hour, async () => {
      const cutoff = ipRetentionCutoff(now, this.config.privacy.ipRetentionDays);
      const { truncated } = await this.sweeper.sweep(SUBMISSION_IP_SWEEP, cutoff);
      if (truncated > 0)
        this.logger.log(`Truncated the IP addresses of ${truncated} form submissions`);
    });
  }
}
