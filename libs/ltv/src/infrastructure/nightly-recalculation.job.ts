import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Cron, CronExpression } from '@nestjs/schedule';
import { Clock, DomainError } from '@app/kernel';
import { APP_CONFIG, type AppConfig, type JobOutcome, ScheduledJobRunner } from '@app/platform';
import { RecalculateLtvCommand } from '../application/commands/recalculate-ltv/recalculate-ltv.command.js';
import { LtvErrorCode } from '../domain/ltv.errors.js';

/**
 * Refits the models every night at LTV_NIGHTLY_AT (UTC), once across replicas. The timer ticks
 * every minute and the job runs on the first tick at or after the hour, so the time is a
 * setting rather than a constant in a decorator; the job_runs row for the day keeps the other
 * ticks (and replicas) from running it again. A base too small to fit counts as done for the
 * day, not as a failure to retry every minute.
 */
@Injectable()
export class NightlyRecalculationJob {
  private readonly logger = new Logger('LtvNightlyRecalculation');

  constructor(
    private readonly jobs: ScheduledJobRunner,
    private readonly commands: CommandBus,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Cron(CronExpression.EVERY_MINUTE)
  async onSchedule(): Promise<void> {
    try {
      await this.run();
    } catch (error) {
      this.logger.error(`Nightly LTV recalculation failed: ${(error as Error).message}`);
    }
  }

  async run(): Promise<JobOutcome | 'not-yet'> {
    const at = this.config.ltv.nightlyAt;
    const now = this.clock.now();
    const today = now.toISOString().slice(0, 10);
    if (at === null || now.toISOString().slice(11, 16) < at) return 'not-yet';
    return this.jobs.runOncePerPeriod('ltv.nightly-recalculation', today, async () => {
      try {
        const model = await this.commands.execute(new RecalculateLtvCommand());
        this.logger.log(
          `Refitted on ${model.customers} customers in ${model.totalDurationMs} ms (converged: ${model.bgNbd.converged && model.gammaGamma.converged}).`,
        );
      } catch (error) {
        if (error instanceof DomainError && error.code === LtvErrorCode.NotEnoughData) {
          this.logger.log(`Nothing to fit tonight: ${error.message}`);
          return;
        }
        throw error;
      }
    });
  }
}
