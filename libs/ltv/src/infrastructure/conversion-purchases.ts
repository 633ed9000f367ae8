import { Injectable, Logger } from '@nestjs/common';
import { Money } from '@app/kernel';
import { type Transaction, UnitOfWork } from '@app/platform';
import type { ConversionRecordedPayload } from '@app/tracking';
import { LtvCustomerOrmEntity } from './ltv-customer.orm-entity.js';
import { LtvTransactionOrmEntity } from './ltv-transaction.orm-entity.js';
import { TypeormTransactionLedger } from './typeorm-transaction-ledger.js';

const CONSUMER = 'ltv.conversion-purchases';

/** A conversion's purchase has its own transaction id, apart from imported ones. */
export const conversionTransactionId = (conversionId: string) => `conversion:${conversionId}`;

/**
 * Turns conversions into purchases: each ConversionRecorded with a customer id becomes a
 * transaction of that customer (a rejected conversion is kept but not counted), and a status
 * change later counts or uncounts it. Every effect commits with its (consumer, event) mark, so
 * a redelivered event changes nothing.
 */
@Injectable()
export class ConversionPurchases {
  private readonly logger = new Logger('LtvConversionPurchases');

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly ledger: TypeormTransactionLedger,
  ) {}

  async record(eventId: string, conversion: ConversionRecordedPayload): Promise<void> {
    const customerId = conversion.customerId;
    if (!customerId) return;
    await this.unitOfWork.run(async (tx) => {
      if (!(await tx.firstDelivery(CONSUMER, eventId))) return;
      const [outcome] = await this.ledger.recordWithin(tx, [
        {
          transactionId: conversionTransactionId(conversion.conversionId),
          customerId,
          occurredAt: new Date(conversion.convertedAt),
          amount: Money.ofMinor(conversion.revenueMinor ?? 0, conversion.currency),
          source: 'conversion',
          status: conversion.status === 'rejected' ? 'excluded' : 'counted',
          campaignId: conversion.campaignId,
          affiliateId: conversion.affiliateId,
        },
      ]);
      if (outcome === 'currency_mismatch') {
        this.logger.warn(
          `Conversion ${conversion.conversionId} is in ${conversion.currency}, not in customer ${customerId}'s currency: not counted for LTV.`,
        );
        return;
      }
      await this.refreshAcquisition(tx, customerId);
    });
  }

  async changeStatus(
    eventId: string,
    conversionId: string,
    to: 'approved' | 'pending' | 'rejected',
  ): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      if (!(await tx.firstDelivery(CONSUMER, eventId))) return;
      const transactions = tx.manager.getRepository(LtvTransactionOrmEntity);
      const transactionId = conversionTransactionId(conversionId);
      const row = await transactions.findOneBy({ transactionId });
      if (!row) return; // a conversion without a customer id: nothing to follow
      await transactions.update(
        { transactionId },
        { status: to === 'rejected' ? 'excluded' : 'counted' },
      );
      await this.refreshAcquisition(tx, row.customerId);
    });
  }

  /** The acquisition follows the customer's earliest counted conversion. */
  private async refreshAcquisition(tx: Transaction, customerId: string): Promise<void> {
    const first = await tx.manager.getRepository(LtvTransactionOrmEntity).findOne({
      where: { customerId, source: 'conversion', status: 'counted' },
      order: { occurredAt: 'ASC', transactionId: 'ASC' },
    });
    await tx.manager.update(
      LtvCustomerOrmEntity,
      { customerId },
      {
        acquisitionCampaignId: first?.campaignId ?? null,
        acquisitionAffiliateId: first?.affiliateId ?? null,
        acquiredAt: first?.occurredAt ?? null,
      },
    );
  }
}
