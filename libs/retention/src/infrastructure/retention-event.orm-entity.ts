import { TimestampColumn } from '@app/platform';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One behaviour event; the primary key is the caller's eventId, which makes a batch idempotent. */
@Entity('retention_events')
@Index('idx_retention_events_customer_day', ['customerId', 'occurredDay'])
@Index('idx_retention_events_campaign', ['campaignId'])
export class RetentionEventOrmEntity {
  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 255 })
  eventId!: string;

  @Column({ name: 'customer_id', type: 'varchar', length: 255 })
  customerId!: string;

  @Column({ type: 'varchar', length: 64 })
  type!: string;

  @TimestampColumn({ name: 'occurred_at' })
  occurredAt!: Date;

  /** Days since the epoch (UTC): the unit of decay and of the daily sums. */
  @Column({ name: 'occurred_day', type: 'integer' })
  occurredDay!: number;

  @Column({ name: 'duration_seconds', type: 'integer', nullable: true })
  durationSeconds!: number | null;

  /** The retention campaign a message outcome belongs to. */
  @Column({ name: 'campaign_id', type: 'varchar', length: 36, nullable: true })
  campaignId!: string | null;

  @Column({ type: 'simple-json', nullable: true })
  properties!: object | null;

  @Column({ type: 'varchar', length: 16 })
  source!: 'api' | 'tracking';

  @TimestampColumn({ name: 'recorded_at' })
  recordedAt!: Date;
}
