import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ApiKeyRole } from '@app/kernel';
import { TimestampColumn } from '@app/platform';

/** An API key as stored: only its SHA-256 hash, never the key itself. */
@Entity('api_keys')
export class ApiKeyOrmEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** The key's first characters, so a person can tell keys apart in a list. */
  @Column({ type: 'varchar', length: 16 })
  prefix!: string;

  @Index('uq_api_keys_key_hash', { unique: true })
  @Column({ name: 'key_hash', type: 'varchar', length: 64 })
  keyHash!: string;

  /** admin, affiliate or advertiser (see ApiKeyRole). */
  @Column({ type: 'varchar', length: 16, default: 'admin' })
  role!: ApiKeyRole;

  /** The affiliate an affiliate key belongs to. */
  @Column({ name: 'affiliate_id', type: 'varchar', length: 36, nullable: true })
  affiliateId!: string | null;

  /** The advertiser an advertiser key belongs to. */
  @Column({ name: 'advertiser_id', type: 'varchar', length: 36, nullable: true })
  advertiserId!: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt!: Date;

  @TimestampColumn({ name: 'last_used_at', nullable: true })
  lastUsedAt!: Date | null;

  @TimestampColumn({ name: 'revoked_at', nullable: true })
  revokedAt!: Date | null;
}
