import { bigintToNumber, TimestampColumn } from '@app/platform';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Counters per hour, campaign and affiliate, updated in the same transaction as the clicks,
 * impressions and conversions they count, so stats and budgets never scan raw clicks.
 * Money is in minor units of the campaign's payout currency.
 */
@Entity('hourly_stats')
@Index('idx_hourly_stats_campaign_hour', ['campaignId', 'hour'])
export class HourlyStatOrmEntity {
  @TimestampColumn({ primary: true })
  hour!: Date;

  @PrimaryColumn({ name: 'campaign_id', type: 'varchar', length: 36 })
  campaignId!: string;

  /** '' for traffic without an affiliate: key columns cannot be null. */
  @PrimaryColumn({ name: 'affiliate_id', type: 'varchar', length: 36 })
  affiliateId!: string;

  @Column({ type: 'bigint', default: 0, transformer: bigintToNumber })
  impressions!: number;

  @Column({ type: 'bigint', default: 0, transformer: bigintToNumber })
  clicks!: number;

  @Column({ name: 'unique_clicks', type: 'bigint', default: 0, transformer: bigintToNumber })
  uniqueClicks!: number;

  @Column({ name: 'bot_clicks', type: 'bigint', default: 0, transformer: bigintToNumber })
  botClicks!: number;

  @Column({ name: 'blocked_clicks', type: 'bigint', default: 0, transformer: bigintToNumber })
  blockedClicks!: number;

  @Column({ type: 'bigint', default: 0, transformer: bigintToNumber })
  conversions!: number;

  @Column({ name: 'revenue_minor', type: 'bigint', default: 0, transformer: bigintToNumber })
  revenueMinor!: number;

  @Column({ name: 'payout_minor', type: 'bigint', default: 0, transformer: bigintToNumber })
  payoutMinor!: number;
}
