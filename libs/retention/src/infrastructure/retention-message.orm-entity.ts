import { bigintToNumber, TimestampColumn } from '@app/platform';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Channel } from '../domain/retention-campaign.js';

export type MessageStatus = 'pending' | 'sent' | 'failed';

/**
 * The message to one treated customer and what became of it. Webhook messages wait here as
 * `pending` until the delivery job posts them (with retries); other channels are `sent` to the
 * external sender's queue at once. Outcome times are set by message events, first one wins.
 */
@Entity('retention_messages')
@Index('idx_retention_messages_due', ['status', 'nextAttemptAt'])
@Index('idx_retention_messages_campaign_customer', ['campaignId', 'customerId'])
/** One customer's messages in time order (a customer's journey). */
@Index('idx_retention_messages_customer_time', ['customerId', 'createdAt'])
export class RetentionMessageOrmEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'enrolment_id', type: 'varchar', length: 36 }) enrolmentId!: string;
  @Column({ name: 'campaign_id', type: 'varchar', length: 36 }) campaignId!: string;
  @Column({ name: 'customer_id', type: 'varchar', length: 255 }) customerId!: string;
  @Column({ type: 'varchar', length: 16 }) channel!: Channel;
  @Column({ type: 'simple-json' }) payload!: object;
  @Column({ type: 'varchar', length: 16 }) status!: MessageStatus;
  @Column({ type: 'integer' }) attempts!: number;
  @TimestampColumn({ name: 'next_attempt_at', nullable: true }) nextAttemptAt!: Date | null;
  @TimestampColumn({ name: 'lease_until', nullable: true }) leaseUntil!: Date | null;
  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true }) lastError!:
    string | null;
  @Column({ name: 'cost_minor', type: 'bigint', transformer: bigintToNumber }) costMinor!: number;
  @TimestampColumn({ name: 'created_at' }) createdAt!: Date;
  @TimestampColumn({ name: 'sent_at', nullable: true }) sentAt!: Date | null;
  @TimestampColumn({ name: 'delivered_at', nullable: true }) deliveredAt!: Date | null;
  @TimestampColumn({ name: 'opened_at', nullable: true }) openedAt!: Date | null;
  @TimestampColumn({ name: 'clicked_at', nullable: true }) clickedAt!: Date | null;
  @TimestampColumn({ name: 'converted_at', nullable: true }) convertedAt!: Date | null;

  @Column({ name: 'revenue_minor', type: 'bigint', transformer: bigintToNumber })
  revenueMinor!: number;
}
