import { TimestampColumn } from '@app/platform';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One click, append-only. Keyed by (clicked_at, id) so PostgreSQL can partition the table by
 * month; the id embeds its time, so a lookup by id knows its partition.
 */
@Entity('clicks')
@Index('idx_clicks_campaign_time', ['campaignId', 'clickedAt'])
@Index('idx_clicks_affiliate_time', ['affiliateId', 'clickedAt'])
/** A customer's clicks, by the external id their tracking link carried (analytics). */
@Index('idx_clicks_external_time', ['externalId', 'clickedAt'])
export class ClickOrmEntity {
  @TimestampColumn({ name: 'clicked_at', primary: true })
  clickedAt!: Date;

  @PrimaryColumn({ type: 'varchar', length: 24 })
  id!: string;

  @Column({ name: 'campaign_id', type: 'varchar', length: 36 })
  campaignId!: string;

  @Column({ name: 'affiliate_id', type: 'varchar', length: 36, nullable: true })
  affiliateId!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  sub1!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  sub2!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  sub3!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  sub4!: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  sub5!: string | null;

  @Column({ name: 'external_id', type: 'varchar', length: 255, nullable: true })
  externalId!: string | null;

  /** Truncated after IP_RETENTION_DAYS; null once the customer's data is erased. */
  @Column({ type: 'varchar', length: 45, nullable: true })
  ip!: string | null;

  /** null once the customer's data is erased. */
  @Column({ name: 'user_agent', type: 'varchar', length: 1024, nullable: true })
  userAgent!: string | null;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  referrer!: string | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  country!: string | null;

  @Column({ name: 'device_type', type: 'varchar', length: 16, nullable: true })
  deviceType!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  os!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  browser!: string | null;

  @Column({ name: 'is_bot', type: 'boolean' })
  isBot!: boolean;

  @Column({ name: 'is_blocked', type: 'boolean' })
  isBlocked!: boolean;

  @Column({ name: 'is_unique', type: 'boolean' })
  isUnique!: boolean;

  @Column({ type: 'jsonb' })
  reasons!: string[];

  /** offer or safe_page */
  @Column({ name: 'destination_kind', type: 'varchar', length: 16 })
  destinationKind!: string;

  /** text: filled macros can make an offer URL much longer than the one configured. */
  @Column({ type: 'text' })
  destination!: string;
}
