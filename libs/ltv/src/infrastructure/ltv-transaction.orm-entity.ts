import { bigintToNumber, TimestampColumn } from '@app/platform';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type {
  TransactionSource,
  TransactionStatus,
} from '../domain/transactions/transaction-ledger.js';

/**
 * One purchase. `occurred_day` (days since 1970-01-01 UTC) and `occurred_month` (months since
 * year 0) are derived from `occurred_at` when the row is written, so the per-customer summaries
 * and cohorts group on integers with the same SQL on PostgreSQL and SQLite.
 */
@Entity('ltv_transactions')
@Index('idx_ltv_transactions_customer_day', ['customerId', 'occurredDay'])
export class LtvTransactionOrmEntity {
  @PrimaryColumn({ name: 'transaction_id', type: 'varchar', length: 255 })
  transactionId!: string;

  @Column({ name: 'customer_id', type: 'varchar', length: 255 })
  customerId!: string;

  @TimestampColumn({ name: 'occurred_at' })
  occurredAt!: Date;

  @Column({ name: 'occurred_day', type: 'integer' })
  occurredDay!: number;

  @Column({ name: 'occurred_month', type: 'integer' })
  occurredMonth!: number;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: bigintToNumber })
  amountMinor!: number;

  @Column({ type: 'varchar', length: 3 })
  currency!: string;

  @Column({ type: 'varchar', length: 16 })
  source!: TransactionSource;

  @Column({ type: 'varchar', length: 16 })
  status!: TransactionStatus;

  @Column({ name: 'campaign_id', type: 'varchar', length: 36, nullable: true })
  campaignId!: string | null;

  @Column({ name: 'affiliate_id', type: 'varchar', length: 36, nullable: true })
  affiliateId!: string | null;

  @TimestampColumn({ name: 'recorded_at' })
  recordedAt!: Date;
}
