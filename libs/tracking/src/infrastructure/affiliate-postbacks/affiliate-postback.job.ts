import { Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { AffiliatePostbackDelivery } from './affiliate-postback-delivery.js';

/**
 * Makes the due affiliate postback calls every 5 seconds on every replica: the calls' leases,
 * not a job lock, keep two replicas from making the same call, so they share the work.
 */
@Injectable()
export class AffiliatePostbackJob {
  private readonly logger = new Logger('AffiliatePostbackJob');

  constructor(private readonly delivery: AffiliatePostbackDelivery) {}

  @Cron(CronExpression.EVERY_5_SECONDS)
  async onSchedule(): Promise<void> {
    try {
      await this.delivery.deliverDue();
    } catch (error) {
      this.logger.error(`Affiliate postback delivery failed: ${(error as Error).message}`);
    }
  }
}
