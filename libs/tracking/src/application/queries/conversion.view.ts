import { Money } from '@app/kernel';
import type { ConversionStatus } from '../../domain/conversion-status.js';
import type { ConversionOrmEntity } from '../../infrastructure/conversion.orm-entity.js';

export interface ConversionView {
  id: string;
  clickId: string;
  campaignId: string;
  affiliateId: string | null;
  transactionId: string | null;
  status: ConversionStatus;
  statusReason: string | null;
  revenue: number | null;
  payout: number;
  /** What the postback claimed; the policy decided `payout`. */
  reportedPayout: number | null;
  currency: string;
  customerId: string | null;
  clickedAt: string;
  convertedAt: string;
  updatedAt: string;
}

export function toConversionView(row: ConversionOrmEntity): ConversionView {
  const major = (minor: number) => Money.ofMinor(minor, row.currency).toDecimal();
  return {
    id: row.id,
    clickId: row.clickId,
    campaignId: row.campaignId,
    affiliateId: row.affiliateId,
    transactionId: row.transactionId === '' ? null : row.transactionId,
    status: row.status,
    statusReason: row.statusReason,
    revenue: row.revenueMinor === null ? null : major(row.revenueMinor),
    payout: major(row.payoutMinor),
    reportedPayout: row.reportedPayoutMinor === null ? null : major(row.reportedPayoutMinor),
    currency: row.currency,
    customerId: row.customerId,
    clickedAt: row.clickedAt.toISOString(),
    convertedAt: row.convertedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
