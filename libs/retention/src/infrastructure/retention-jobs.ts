import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Cron, CronExpression } from '@nestjs/schedule';
import { Clock } from '@app/kernel';
import { APP_CONFIG, type AppConfig, type JobOutcome, ScheduledJobRunner } from '@app/platform';
import { RecalculateChurnCommand } from '../application/commands/recalculate-churn/recalculate-churn.command.js';
import { RunRetentionAutomationCommand } from '../application/commands/run-retention-automation/run-retention-automation.command.js';
import { WebhookDelivery } from './webhook-delivery.js';

/**
 * The context's timers. Each ticks every minute (or every 10 seconds for webhooks) and the
 * schedule itself is a setting: the daily recalculation runs on the first tick at or after
 * RETENTION_RECALCULATE_AT, the automation once per RETENTION_AUTOMATION_EVERY_MINUTES slot;
 * the job_runs row of the period keeps other ticks and replicas from running them again.
 */
@Injectable()
export class RetentionJobs {
  private readonly logger = new Logger('RetentionJobs');

  constructor(
    private readonly jobs: ScheduledJobRunner,
    private readonly commands: CommandBus,
    private readonly clock: Clock,
    private readonly webhooks: WebhookDelivery,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Cron(CronExpression.EVERY_MINUTE)
  async onMinute(): Promise<void> {
    await this.guard('recalculation', () => this.recalculateDaily());
    await this.guard('automation', () => this.automate());
  }

  @Cron(CronExpression.EVERY_10_SECONDS)
  async onTenSeconds(): Promise<void> {
    await this.guard('webhook delivery', () => this.webhooks.deliverDue());
  }

  async recalculateDaily(): Promise<JobOutcome | 'not-yet'> {
    const at = this.config.retention.recalculateAt;
    const now = this.clock.now().toISOString();
    if (at === null || now.slice(11, 16) < at) return 'not-yet';
    return this.jobs.runOncePerPeriod(
      'retention.daily-recalculation',
      now.slice(0, 10),
      async () => {
        const result = await this.commands.execute(new RecalculateChurnCommand());
        this.logger.log(
          `Churn recalculated for ${result.customers} customers in ${result.durationMs} ms.`,
        );
      },
    );
  }

  async automate(): Promise<JobOutcome | 'off'> {
    const every = this.config.retention.automationEveryMinutes;
    if (every === 0) return 'off';
    const slot = Math.floor(this.clock.now().getTime() / (every * 60_000));
    return this.jobs.runOncePerPeriod('retention.automation', `${every}m:${slot}`, async () => {
      const run = await this.commands.execute(new RunRetentionAutomationCommand());
      if (run.enrolled > 0)
        this.logger.log(`Enrolled ${run.enrolled} customers (${run.control} held out).`);
    });
  }

  private async guard(name: string, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.logger.error(`Retention ${name} failed: ${(error as Error).message}`);
    }
  }
}
