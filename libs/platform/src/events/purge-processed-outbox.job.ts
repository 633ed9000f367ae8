import { Inject, Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { Clock } from '@app/kernel';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { type JobOutcome, ScheduledJobRunner } from '../scheduling/scheduled-job-runner.js';
import { OutboxEventOrmEntity } from './outbox-event.orm-entity.js';

const DAY_MS = 86_400_000;

/**
 * Deletes the outbox events delivered more than OUTBOX_RETENTION_DAYS ago. Delivered rows are
 * kept a while as an audit trail of what was sent, but no longer: they copy data (a customer
 * id) that the contexts' own tables may since have erased or expired, and the table would
 * otherwise grow with every event ever raised. Waiting events are never deleted. Hourly,
 * once across replicas.
 */
@Injectable()
export class PurgeProcessedOutboxJob {
  private readonly logger = new Logger('PurgeProcessedOutboxJob');

  constructor(
    private readonly jobs: ScheduledJobRunner,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Cron(CronExpression.EVERY_HOUR)
  async onSchedule(): Promise<void> {
    try {
      await this.run();
    } catch (error) {
      this.logger.error(`Purging delivered outbox events failed: ${(error as Error).message}`);
    }
  }

  run(): Promise<JobOutcome> {
    const now = this.clock.now();
    const hour = now.toISOString().slice(0, 13);
    return this.jobs.runOncePerPeriod('platform.purge-processed-outbox', hour, async () => {
      const before = new Date(now.getTime() - this.config.outboxRetentionDays * DAY_MS);
      const deleted = await this.unitOfWork.run(async ({ manager }) => {
        const result = await manager
          .createQueryBuilder()
          .delete()
          .from(OutboxEventOrmEntity)
          .where('processed_at IS NOT NULL AND processed_at < :before', { before })
          .execute();
        return result.affected ?? 0;
      });
      if (deleted > 0)
        this.logger.log(
          `Deleted ${deleted} outbox events delivered before ${before.toISOString()}`,
        );
    });
  }
}
