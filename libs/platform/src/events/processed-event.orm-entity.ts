import { Entity, PrimaryColumn } from 'typeorm';
import { TimestampColumn } from '../database/timestamp-column.js';

/**
 * Which consumer has already applied which event. Delivery is at-least-once, so a consumer
 * records the event here in the same transaction as its effect and skips it when seen again.
 */
@Entity('processed_events')
export class ProcessedEventOrmEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  consumer!: string;

  @PrimaryColumn({ name: 'event_id', type: 'varchar', length: 36 })
  eventId!: string;

  @TimestampColumn({ name: 'processed_at' })
  processedAt!: Date;
}
