import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@app/kernel';
import { type JobOutcome, ScheduledJobRunner } from '@app/platform';
import { DataSource } from 'typeorm';
import { DUPLICATE_WINDOW_MS } from './click-storage/traffic-batch-store.js';
import { ClickFingerprintOrmEntity } from './click-fingerprint.orm-entity.js';

/**
 * Deletes the visitor fingerprints older than the duplicate window: past it they can no
 * longer make a click a duplicate, and the table would otherwise grow with every visitor ever
 * seen. Hourly, once across replicas.
 */
@Injectable()
export class PurgeFingerprintsJob {
  private readonly logger = new Logger('PurgeFingerprintsJob');

  constructor(
    private readonly jobs: ScheduledJobRunner,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  @Cron(CronExpression.EVERY_HOUR)
  async onSchedule(): Promise<void> {
    try {
      await this.run();
    } catch (error) {
      this.logger.error(`Purging click fingerprints failed: ${(error as Error).message}`);
    }
  }

  run(): Promise<JobOutcome> {
    const now = this.clock.now();
    const hour = now.toISOString().slice(0, 13);
    return this.jobs.runOncePerPeriod('tracking.purge-click-fingerprints', hour, async () => {
      await this.dataSource
        .createQueryBuilder()
        .delete()
        .from(ClickFingerprintOrmEntity)
        .where('last_seen < :before', { before: new Date(now.getTime() - DUPLICATE_WINDOW_MS) })
        .execute();
    });
  }
}
