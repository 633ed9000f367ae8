import type { ConversionStatus } from '../../domain/conversion-status.js';
import type { ConversionOrmEntity } from '../../infrastructure/conversion.orm-entity.js';

/** A conversion as other contexts read it through tracking's published queries: exact money. */
export interface ConversionRecord {
  conversionId: string;
  clickId: string;
  clickedAt: Date;
  campaignId: string;
  affiliateId: string | null;
  /** null when the postback named none. */
  transactionId: string | null;
  status: ConversionStatus;
  customerId: string | null;
  /** Minor units of `currency`; null when the postback stated no revenue. */
  revenueMinor: number | null;
  payoutMinor: number;
  currency: string;
  convertedAt: Date;
}

export function toConversionRecord(row: ConversionOrmEntity): ConversionRecord {
  return {
    conversionId: row.id,
    clickId: row.clickId,
    clickedAt: row.clickedAt,
    campaignId: row.campaignId,
    affiliateId: row.affiliateId,
    transactionId: row.transactionId === '' ? null : row.transactionId,
    status: row.status,
    customerId: row.customerId,
    revenueMinor: row.revenueMinor,
    payoutMinor: row.payoutMinor,
    currency: row.currency,
    convertedAt: row.convertedAt,
  };
}
