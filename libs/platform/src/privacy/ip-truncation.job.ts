import { Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import type { JobOutcome } from '../scheduling/scheduled-job-runner.js';
import type { HourlyIpTruncation } from './hourly-ip-truncation.js';

/**
 * The shape of a context's job that truncates the visitor addresses of its own tables: woken
 * every hour, it runs its sweeps through HourlyIpTruncation (once across replicas, each sweep
 * from its watermark) and logs a failure instead of throwing it at the scheduler, so the next
 * hour tries again. A subclass names what it truncates and which sweeps `run` makes.
 */
export abstract class IpTruncationJob {
  private readonly logger = new Logger(this.constructor.name);

  /** What the log names on failure: "click IPs", "submission IPs". */
  protected abstract readonly addresses: string;

  protected constructor(protected readonly truncation: HourlyIpTruncation) {}

  @Cron(CronExpression.EVERY_HOUR)
  async onSchedule(): Promise<void> {
    try {
      await this.run();
    } catch (error) {
      this.logger.error(`Truncating ${this.addresses} failed: ${(error as Error).message}`);
    }
  }

  abstract run(): Promise<JobOutcome>;
}
