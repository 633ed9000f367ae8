import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimestampColumn } from '../database/timestamp-column.js';

/**
 * How far one IP truncation sweep has come through its table: every row up to (last_time,
 * last_id) in the table's (time, id) order has had its address truncated, so a run starts
 * after it instead of reading the old rows again.
 */
@Entity('ip_truncation_watermarks')
export class IpTruncationWatermarkOrmEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  sweep!: string;

  @TimestampColumn({ name: 'last_time' })
  lastTime!: Date;

  @Column({ name: 'last_id', type: 'varchar', length: 64 })
  lastId!: string;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
