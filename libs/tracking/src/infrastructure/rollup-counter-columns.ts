import { bigintToNumber } from '@app/platform';
import { Column } from 'typeorm';

/**
 * The counters both rollups keep (hourly, and hourly by dimension), the same columns in each
 * table. Money is in minor units of the campaign's payout currency.
 */
export abstract class RollupCounterColumns {
  @Column({ type: 'bigint', default: 0, transformer: bigintToNumber })
  impressions!: number;

  @Column({ type: 'bigint', default: 0, transformer: bigintToNumber })
  clicks!: number;

  /** Clicks sent to the offer, a visitor's repeats included: EPC's denominator. */
  @Column({ name: 'offer_clicks', type: 'bigint', default: 0, transformer: bigintToNumber })
  offerClicks!: number;

  @Column({ name: 'unique_clicks', type: 'bigint', default: 0, transformer: bigintToNumber })
  uniqueClicks!: number;

  @Column({ name: 'bot_clicks', type: 'bigint', default: 0, transformer: bigintToNumber })
  botClicks!: number;

  @Column({ name: 'blocked_clicks', type: 'bigint', default: 0, transformer: bigintToNumber })
  blockedClicks!: number;

  @Column({ type: 'bigint', default: 0, transformer: bigintToNumber })
  conversions!: number;

  /** Conversions reported on safe-page clicks (see conversion-verdict.ts), whatever their status. */
  @Column({
    name: 'fraudulent_conversions',
    type: 'bigint',
    default: 0,
    transformer: bigintToNumber,
  })
  fraudulentConversions!: number;

  /** Unique clicks with at least one approved conversion, in the click's hour: CR's numerator. */
  @Column({ name: 'converted_clicks', type: 'bigint', default: 0, transformer: bigintToNumber })
  convertedClicks!: number;

  @Column({ name: 'revenue_minor', type: 'bigint', default: 0, transformer: bigintToNumber })
  revenueMinor!: number;

  @Column({ name: 'payout_minor', type: 'bigint', default: 0, transformer: bigintToNumber })
  payoutMinor!: number;
}
