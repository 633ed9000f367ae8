import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { HourlyIpTruncation, type IpColumnSweep, type JobOutcome } from '@app/platform';

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

  constructor(private readonly truncation: HourlyIpTruncation) {}

  @Cron(CronExpression.EVERY_HOUR)
  async onSchedule(): Promise<void> {
    try {
      await this.run();
    } catch (error) {
      this.logger.error(`Truncating submission IPs failed: ${(error as Error).message}`);
    }
  }

  run(): Promise<JobOutcome> {
    return this.truncation.run(
      'leads.truncate-submission-ips',
      SUBMISSION_IP_SWEEP,
      'form submissions',
    );
  }
}
