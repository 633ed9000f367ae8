import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@app/kernel';
import {
  APP_CONFIG,
  type AppConfig,
  DeliveryAttempts,
  type DeliveryRun,
  emptyDeliveryRun,
  GuardedHttpClient,
  tally,
} from '@app/platform';
import { DataSource, IsNull, LessThanOrEqual, Or } from 'typeorm';
import { SIGNATURE_HEADER, signatureHeader, webhookSecret } from '../domain/webhook-signature.js';
import { RetentionCampaignOrmEntity } from './retention-campaign.orm-entity.js';
import { RetentionMessageOrmEntity } from './retention-message.orm-entity.js';

const BATCH = 50;
const TIMEOUT_MS = 10_000;
const LEASE_MS = 60_000;

/**
 * Posts due webhook messages, signed, outside any transaction. A message is claimed with a
 * short lease by a conditional UPDATE first, so two replicas never post the same one at once;
 * a failure (non-2xx, a redirect, timeout, refused connection, or a destination inside the
 * network) schedules a retry with exponential backoff until RETENTION_WEBHOOK_MAX_ATTEMPTS,
 * after which the message is failed. The URL is the campaign's, so the posts go through the
 * guarded client: whoever edits a campaign must not reach our own network through it.
 */
@Injectable()
export class WebhookDelivery implements OnApplicationShutdown {
  private readonly logger = new Logger('RetentionWebhookDelivery');
  private readonly client: GuardedHttpClient;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly attempts: DeliveryAttempts,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.client = new GuardedHttpClient(config.outbound.allowedPrivateAddresses, TIMEOUT_MS);
  }

  onApplicationShutdown(): void {
    this.client.close();
  }

  async deliverDue(): Promise<DeliveryRun> {
    const run = emptyDeliveryRun();
    const messages = this.dataSource.getRepository(RetentionMessageOrmEntity);
    const now = this.clock.now();
    const due = await messages.find({
      where: {
        status: 'pending',
        nextAttemptAt: LessThanOrEqual(now),
        leaseUntil: Or(IsNull(), LessThanOrEqual(now)),
      },
      order: { nextAttemptAt: 'ASC' },
      take: BATCH,
    });
    for (const message of due) {
      if (!(await this.attempts.claim(RetentionMessageOrmEntity, message, LEASE_MS))) continue;
      const error = await this.post(message);
      const outcome = await this.attempts.settle(RetentionMessageOrmEntity, message, error, {
        maxAttempts: this.config.retention.webhookMaxAttempts,
      });
      tally(run, outcome);
    }
    if (run.attempted > 0)
      this.logger.log(`Webhooks: ${run.sent} sent, ${run.failed} failed of ${run.attempted}.`);
    return run;
  }

  /** Null on a 2xx, else why it failed. */
  private async post(message: RetentionMessageOrmEntity): Promise<string | null> {
    const campaign = await this.dataSource.manager.findOneBy(RetentionCampaignOrmEntity, {
      id: message.campaignId,
    });
    if (!campaign?.webhookUrl) return 'the campaign has no webhook URL';
    const body = JSON.stringify(message.payload);
    const secret = webhookSecret(this.config.secretKey, campaign.id);
    const outcome = await this.client.send({
      method: 'POST',
      url: campaign.webhookUrl,
      headers: {
        'content-type': 'application/json',
        [SIGNATURE_HEADER]: signatureHeader(secret, body, this.clock.now()),
        'x-retention-message-id': message.id,
      },
      body,
    });
    return outcome.error;
  }
}
