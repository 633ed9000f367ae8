import { bigintToNumber, TimestampColumn } from '@app/platform';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ConversionStatus } from '../domain/conversion-status.js';

/**
 * One conversion reported by an advertiser's postback. (click_id, transaction_id) is unique:
 * a repeated postback can never count twice. A postback without a transaction id stands for
 * the click's one conversion and is stored with transaction_id ''.
 */
@Entity('conversions')
@Index('uq_conversions_click_transaction', ['clickId', 'transactionId'], { unique: true })
@Index('idx_conversions_campaign_time', ['campaignId', 'convertedAt'])
/** A customer's conversions, and a period's conversions (analytics). */
@Index('idx_conversions_customer_time', ['customerId', 'convertedAt'])
@Index('idx_conversions_time', ['convertedAt'])
export class ConversionOrmEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ name: 'click_id', type: 'varchar', length: 24 })
  clickId!: string;

  @TimestampColumn({ name: 'clicked_at' })
  clickedAt!: Date;

  @Column({ name: 'campaign_id', type: 'varchar', length: 36 })
  campaignId!: string;

  @Column({ name: 'affiliate_id', type: 'varchar', length: 36, nullable: true })
  affiliateId!: string | null;

  @Column({ name: 'transaction_id', type: 'varchar', length: 255 })
  transactionId!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: ConversionStatus;

  @Column({ name: 'status_reason', type: 'varchar', length: 64, nullable: true })
  statusReason!: string | null;

  @Column({ name: 'revenue_minor', type: 'bigint', nullable: true, transformer: bigintToNumber })
  revenueMinor!: number | null;

  @Column({ name: 'payout_minor', type: 'bigint', transformer: bigintToNumber })
  payoutMinor!: number;

  /** The payout the postback stated, whatever the campaign's policy made of it; null: none. */
  @Column({
    name: 'reported_payout_minor',
    type: 'bigint',
    nullable: true,
    transformer: bigintToNumber,
  })
  reportedPayoutMinor!: number | null;

  @Column({ type: 'varchar', length: 3 })
  currency!: string;

  @Column({ name: 'customer_id', type: 'varchar', length: 255, nullable: true })
  customerId!: string | null;

  @TimestampColumn({ name: 'converted_at' })
  convertedAt!: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
