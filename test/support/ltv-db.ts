import { monthIndex } from '../../libs/ltv/src/domain/analysis/cohorts.js';
import type { LtvCustomerOrmEntity } from '../../libs/ltv/src/infrastructure/ltv-customer.orm-entity.js';
import type { LtvTransactionOrmEntity } from '../../libs/ltv/src/infrastructure/ltv-transaction.orm-entity.js';

/** LTV's rows for its db-specs, written as the transaction ledger writes them. */

/** Days since 1970-01-01 (UTC) of an ISO date or time: the unit of occurred_day. */
export function epochDay(iso: string): number {
  return Math.floor(Date.parse(iso) / 86_400_000);
}

let purchases = 0;

/** A counted purchase in euros; `at` is an ISO date or time (UTC). */
export function purchase(
  customerId: string,
  at: string,
  amountMinor: number,
  overrides: Partial<LtvTransactionOrmEntity> = {},
): LtvTransactionOrmEntity {
  const occurredAt = new Date(at.includes('T') ? at : `${at}T12:00:00Z`);
  purchases += 1;
  return {
    transactionId: `purchase-${purchases}`,
    customerId,
    occurredAt,
    occurredDay: epochDay(occurredAt.toISOString()),
    occurredMonth: monthIndex(occurredAt),
    amountMinor,
    currency: 'EUR',
    source: 'import',
    status: 'counted',
    campaignId: null,
    affiliateId: null,
    recordedAt: occurredAt,
    ...overrides,
  };
}

export function ltvCustomer(customerId: string, currency = 'EUR'): LtvCustomerOrmEntity {
  return {
    customerId,
    currency,
    acquisitionCampaignId: null,
    acquisitionAffiliateId: null,
    acquiredAt: null,
    createdAt: new Date('2026-01-01T00:00:00Z'),
  };
}
