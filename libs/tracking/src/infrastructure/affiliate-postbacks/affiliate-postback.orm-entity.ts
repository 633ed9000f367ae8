import { TimestampColumn } from '@app/platform';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ConversionStatus } from '../../domain/conversion-status.js';

export type PostbackDeliveryStatus = 'pending' | 'sent' | 'failed';

/**
 * One call owed to an affiliate's postback URL: the news of one conversion event (recorded, or
 * a status change) and what became of it. The URL itself is built when the call is made, from
 * the affiliate's URL of that moment, so no visitor value (sub ids) is kept here.
 */
@Entity('affiliate_postbacks')
/** One call per event, however often the outbox delivers it. */
@Index('uq_affiliate_postbacks_event', ['eventId'], { unique: true })
@Index('idx_affiliate_postbacks_due', ['status', 'nextAttemptAt'])
@Index('idx_affiliate_postbacks_affiliate', ['affiliateId', 'id'])
@Index('idx_affiliate_postbacks_conversion', ['conversionId'])
export class AffiliatePostbackOrmEntity {
  /** UUIDv7: time-ordered, so the log pages newest first by id. */
  @PrimaryColumn({ type: 'varchar', length: 36 }) id!: string;
  @Column({ name: 'event_id', type: 'varchar', length: 36 }) eventId!: string;
  @Column({ name: 'conversion_id', type: 'varchar', length: 36 }) conversionId!: string;
  @Column({ name: 'campaign_id', type: 'varchar', length: 36 }) campaignId!: string;
  @Column({ name: 'affiliate_id', type: 'varchar', length: 36 }) affiliateId!: string;
  /** The status the call announces. */
  @Column({ name: 'conversion_status', type: 'varchar', length: 16 })
  conversionStatus!: ConversionStatus;
  @Column({ type: 'varchar', length: 16 }) status!: PostbackDeliveryStatus;
  @Column({ type: 'integer' }) attempts!: number;
  @TimestampColumn({ name: 'next_attempt_at', nullable: true }) nextAttemptAt!: Date | null;
  @TimestampColumn({ name: 'lease_until', nullable: true }) leaseUntil!: Date | null;
  /** The HTTP status of the last answer; null when none came (refused, timed out). */
  @Column({ name: 'response_status', type: 'integer', nullable: true })
  responseStatus!: number | null;
  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;
  @TimestampColumn({ name: 'created_at' }) createdAt!: Date;
  @TimestampColumn({ name: 'sent_at', nullable: true }) sentAt!: Date | null;
}
