import { TimestampColumn } from '@app/platform';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One erasure request and its audit. `pending_customer_id` and `pending_email` hold the
 * subject only while contexts still work on it; the completed row keeps keyed hashes alone.
 */
@Entity('privacy_erasures')
@Index('idx_privacy_erasures_customer_time', ['customerIdHash', 'requestedAt'])
export class ErasureOrmEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'customer_id_hash', type: 'varchar', length: 64 })
  customerIdHash!: string;

  @Column({ name: 'email_hash', type: 'varchar', length: 64, nullable: true })
  emailHash!: string | null;

  @Column({ name: 'requested_by_key_id', type: 'varchar', length: 36, nullable: true })
  requestedByKeyId!: string | null;

  @Column({ name: 'requested_by_name', type: 'varchar', length: 100 })
  requestedByName!: string;

  @TimestampColumn({ name: 'requested_at' })
  requestedAt!: Date;

  @TimestampColumn({ name: 'completed_at', nullable: true })
  completedAt!: Date | null;

  @Column({ name: 'pending_customer_id', type: 'varchar', length: 255, nullable: true })
  pendingCustomerId!: string | null;

  @Column({ name: 'pending_email', type: 'varchar', length: 254, nullable: true })
  pendingEmail!: string | null;
}
