import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig, Clock, retryDelayMs, UnitOfWork } from '@app/platform';
import { DataSource, IsNull, LessThanOrEqual, Or } from 'typeorm';
import { SIGNATURE_HEADER, signatureHeader, webhookSecret } from '../domain/webhook-signature.js';
import { RetentionCampaignOrmEntity } from './retention-campaign.orm-entity.js';
import { RetentionMessageOrmEntity } from './retention-message.orm-entity.js';

const BATCH = 50;
const TIMEOUT_MS = 10_000;
const LEASE_MS = 60_000;

export interface DeliveryRun {
  attempted: number;
  sent: number;
  failed: number;
}

/**
 * Posts due webhook messages, signed, outside any transaction. A message is claimed with a
 * short lease by a conditional UPDATE first, so two replicas never post the same one at once;
 * a failure (non-2xx, timeout, refused connection) schedules a retry with exponential backoff
 * until RETENTION_WEBHOOK_MAX_ATTEMPTS, after which the message is failed.
 */
@Injectable()
export class WebhookDelivery {
  private readonly logger = new Logger('RetentionWebhookDelivery');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async deliverDue(): Promise<DeliveryRun> {
    const run: DeliveryRun = { attempted: 0, sent: 0, failed: 0 };
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
      // Only if no other replica claimed it since it was read: its lease would be in the future.
      // The lease runs from now: posts before it in this loop may have taken minutes.
      const claimAt = this.clock.now();
      const claimed = await this.unitOfWork.update(
        RetentionMessageOrmEntity,
        {
          id: message.id,
          status: 'pending',
          attempts: message.attempts,
          leaseUntil: Or(IsNull(), LessThanOrEqual(claimAt)),
        },
        { leaseUntil: new Date(claimAt.getTime() + LEASE_MS) },
      );
      if (claimed === 0) continue;
      run.attempted += 1;
      const error = await this.post(message);
      const attempts = message.attempts + 1;
      const at = this.clock.now();
      if (error === null) {
        await this.unitOfWork.update(
          RetentionMessageOrmEntity,
          { id: message.id },
          { status: 'sent', sentAt: at, attempts, leaseUntil: null, lastError: null },
        );
        run.sent += 1;
      } else if (attempts >= this.config.retention.webhookMaxAttempts) {
        await this.unitOfWork.update(
          RetentionMessageOrmEntity,
          { id: message.id },
          { status: 'failed', attempts, leaseUntil: null, lastError: error },
        );
        run.failed += 1;
      } else {
        const nextAttemptAt = new Date(at.getTime() + retryDelayMs(attempts));
        await this.unitOfWork.update(
          RetentionMessageOrmEntity,
          { id: message.id },
          { attempts, nextAttemptAt, leaseUntil: null, lastError: error },
        );
      }
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
    try {
      const response = await fetch(campaign.webhookUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signatureHeader(secret, body, this.clock.now()),
          'x-retention-message-id': message.id,
        },
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      await response.body?.cancel();
      return response.ok ? null : `HTTP ${response.status}`;
    } catch (error) {
      return ((error as Error).message || 'request failed').slice(0, 500);
    }
  }
}
