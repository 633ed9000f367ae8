import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { TimestampColumn } from '../database/timestamp-column.js';

/**
 * A domain event waiting to be delivered, written in the same transaction as the change that
 * raised it. Rows stay after delivery (processed_at set) as an audit trail.
 */
@Entity('outbox_events')
@Index('idx_outbox_events_pending', ['processedAt', 'availableAt'])
export class OutboxEventOrmEntity {
  /** The event's own id (UUIDv7), so ordering by id follows the order events were raised. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'event_type', type: 'varchar', length: 200 })
  eventType!: string;

  @Column({ type: 'jsonb' })
  payload!: object;

  @TimestampColumn({ name: 'occurred_at' })
  occurredAt!: Date;

  /** Not delivered before this time: pushed forward after each failed attempt (backoff). */
  @TimestampColumn({ name: 'available_at' })
  availableAt!: Date;

  /** A relay that claimed the row owns it until then; afterwards another may take it over. */
  @TimestampColumn({ name: 'lease_until', nullable: true })
  leaseUntil!: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @TimestampColumn({ name: 'processed_at', nullable: true })
  processedAt!: Date | null;
}
