import { TimestampColumn } from '@app/platform';
import { Entity, PrimaryColumn } from 'typeorm';
import { RollupCounterColumns } from './rollup-counter-columns.js';

/**
 * Counters per dimension value (country, device, sub1), hour, campaign and affiliate, written
 * in the same transaction as the clicks and conversions they count, so traffic grouped by a
 * click attribute is read without scanning raw clicks. The key leads with the dimension and
 * the hour: a report reads one dimension over a time range. Impressions count under their
 * own request's country and device and their URL's sub1. Money is in minor units of the
 * campaign's currency.
 */
@Entity('hourly_dimension_stats')
export class HourlyDimensionStatOrmEntity extends RollupCounterColumns {
  /** country, device or sub1. */
  @PrimaryColumn({ type: 'varchar', length: 16 })
  dimension!: string;

  @TimestampColumn({ primary: true })
  hour!: Date;

  @PrimaryColumn({ name: 'campaign_id', type: 'varchar', length: 36 })
  campaignId!: string;

  /** '' for traffic without an affiliate: key columns cannot be null. */
  @PrimaryColumn({ name: 'affiliate_id', type: 'varchar', length: 36 })
  affiliateId!: string;

  /** '' when the click had no value for the dimension. */
  @PrimaryColumn({ type: 'varchar', length: 255 })
  value!: string;
}
