import { bigintToNumber, TimestampColumn } from '@app/platform';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { CampaignStatus } from '../domain/campaign-status.js';
import type { FraudulentClickConversions } from '../domain/fraudulent-click-conversions.js';
import type { PayoutModel } from '../domain/payout-model.js';
import type { PayoutPolicy } from '../domain/payout-policy.js';
import type { DeviceType } from '../domain/targeting.js';

@Entity('campaigns')
@Index('idx_campaigns_status_id', ['status', 'id'])
export class CampaignOrmEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'advertiser_name', type: 'varchar', length: 200 })
  advertiserName!: string;

  /** The advertiser the campaign belongs to (see advertisers). */
  @Index('idx_campaigns_advertiser_id')
  @Column({ name: 'advertiser_id', type: 'varchar', length: 36 })
  advertiserId!: string;

  @Column({ name: 'offer_url', type: 'varchar', length: 2048 })
  offerUrl!: string;

  @Column({ name: 'safe_page_url', type: 'varchar', length: 2048, nullable: true })
  safePageUrl!: string | null;

  @Column({ name: 'payout_model', type: 'varchar', length: 16 })
  payoutModel!: PayoutModel;

  /** Minor units of payout_currency, or basis points for REVSHARE. */
  @Column({ name: 'payout_amount', type: 'bigint', transformer: bigintToNumber })
  payoutAmount!: number;

  @Column({ name: 'payout_currency', type: 'varchar', length: 3 })
  payoutCurrency!: string;

  @Column({ name: 'payout_policy', type: 'varchar', length: 16, default: 'fixed' })
  payoutPolicy!: PayoutPolicy;

  /** from_postback's cap in minor units of payout_currency; null for the other policies. */
  @Column({ name: 'payout_max', type: 'bigint', nullable: true, transformer: bigintToNumber })
  payoutMax!: number | null;

  @Column({ name: 'fraudulent_click_conversions', type: 'varchar', length: 8, default: 'reject' })
  fraudulentClickConversions!: FraudulentClickConversions;

  /** Budget limits in minor units of payout_currency. */
  @Column({ name: 'budget_total', type: 'bigint', nullable: true, transformer: bigintToNumber })
  budgetTotal!: number | null;

  @Column({ name: 'budget_daily', type: 'bigint', nullable: true, transformer: bigintToNumber })
  budgetDaily!: number | null;

  @TimestampColumn({ name: 'starts_at', nullable: true })
  startsAt!: Date | null;

  @TimestampColumn({ name: 'ends_at', nullable: true })
  endsAt!: Date | null;

  @Column({ name: 'target_countries', type: 'jsonb' })
  targetCountries!: string[];

  @Column({ name: 'target_devices', type: 'jsonb' })
  targetDevices!: DeviceType[];

  @Column({ type: 'varchar', length: 16 })
  status!: CampaignStatus;

  @TimestampColumn({ name: 'created_at' })
  createdAt!: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt!: Date;

  /** Optimistic concurrency: an update names the version it read (see the repository). */
  @Column({ type: 'integer' })
  version!: number;
}
