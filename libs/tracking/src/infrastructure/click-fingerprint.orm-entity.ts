import { TimestampColumn } from '@app/platform';
import { Entity, PrimaryColumn } from 'typeorm';

/**
 * The last unique click of one visitor (IP) on one campaign and affiliate, to tell duplicates
 * within 24 hours. The key is a hash, so the table holds no IP addresses.
 */
@Entity('click_fingerprints')
export class ClickFingerprintOrmEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  fingerprint!: string;

  @TimestampColumn({ name: 'last_seen' })
  lastSeen!: Date;
}
