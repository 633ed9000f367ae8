import { TimestampColumn } from '@app/platform';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A customer of an advertiser, known by the advertiser's own id. Their currency is that of their
 * first transaction; the acquisition campaign and affiliate are those of their first attributed
 * (not rejected) conversion.
 */
@Entity('ltv_customers')
export class LtvCustomerOrmEntity {
  @PrimaryColumn({ name: 'customer_id', type: 'varchar', length: 255 })
  customerId!: string;

  @Column({ type: 'varchar', length: 3 })
  currency!: string;

  @Column({ name: 'acquisition_campaign_id', type: 'varchar', length: 36, nullable: true })
  acquisitionCampaignId!: string | null;

  @Column({ name: 'acquisition_affiliate_id', type: 'varchar', length: 36, nullable: true })
  acquisitionAffiliateId!: string | null;

  @TimestampColumn({ name: 'acquired_at', nullable: true })
  acquiredAt!: Date | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt!: Date;
}
