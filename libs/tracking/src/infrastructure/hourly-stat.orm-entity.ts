import { TimestampColumn } from '@app/platform';
import { Entity, Index, PrimaryColumn } from 'typeorm';
import { RollupCounterColumns } from './rollup-counter-columns.js';

/**
 * Counters per hour, campaign and affiliate, updated in the same transaction as the clicks,
 * impressions and conversions they count, so stats and budgets never scan raw clicks.
 * Money is in minor units of the campaign's payout currency.
 */
@Entity('hourly_stats')
@Index('idx_hourly_stats_campaign_hour', ['campaignId', 'hour'])
export class HourlyStatOrmEntity extends RollupCounterColumns {
  @TimestampColumn({ primary: true })
  hour!: Date;

  @PrimaryColumn({ name: 'campaign_id', type: 'varchar', length: 36 })
  campaignId!: string;

  /** '' for traffic without an affiliate: key columns cannot be null. */
  @PrimaryColumn({ name: 'affiliate_id', type: 'varchar', length: 36 })
  affiliateId!: string;
}
