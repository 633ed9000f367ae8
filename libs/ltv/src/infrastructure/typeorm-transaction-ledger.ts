import { Injectable } from '@nestjs/common';
import { Clock } from '@app/kernel';
import { type Transaction, UnitOfWork } from '@app/platform';
import { In } from 'typeorm';
import { monthIndex } from '../domain/analysis/cohorts.js';
import { LtvCustomerOrmEntity } from './ltv-customer.orm-entity.js';
import {
  type EntryOutcome,
  type LedgerEntry,
  TransactionLedger,
} from '../domain/transactions/transaction-ledger.js';
import { LtvTransactionOrmEntity } from './ltv-transaction.orm-entity.js';
import { chunks } from './sql-chunks.js';

const DAY_MS = 86_400_000;

/**
 * The ledger in SQL: everything is multi-row statements, so a 10,000-row batch is a handful of
 * round trips. `recordWithin` joins a caller's transaction, so a conversion's purchase commits
 * with the mark of the event that brought it.
 */
@Injectable()
export class TypeormTransactionLedger extends TransactionLedger {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {
    super();
  }

  record(entries: readonly LedgerEntry[]): Promise<EntryOutcome[]> {
    return this.unitOfWork.run((tx) => this.recordWithin(tx, entries));
  }

  async recordWithin(tx: Transaction, entries: readonly LedgerEntry[]): Promise<EntryOutcome[]> {
    const now = this.clock.now();
    const currencies = await this.customerCurrencies(tx, entries, now);
    const seen = new Set<string>();
    const outcomes: EntryOutcome[] = entries.map((entry) => {
      if (currencies.get(entry.customerId) !== entry.amount.currency) return 'currency_mismatch';
      if (seen.has(entry.transactionId)) return 'duplicate';
      seen.add(entry.transactionId);
      return 'recorded';
    });
    const candidates = entries.filter((_, i) => outcomes[i] === 'recorded');
    const inserted = new Set<string>();
    for (const part of chunks(candidates)) {
      const [sql, parameters] = tx.manager
        .createQueryBuilder()
        .insert()
        .into(LtvTransactionOrmEntity)
        .values(part.map((entry) => toRow(entry, now)))
        .orIgnore()
        .getQueryAndParameters();
      // One row back per transaction this statement inserted; the others existed already.
      const rows: { transaction_id: string }[] = await tx.manager.query(
        `${sql} RETURNING "transaction_id"`,
        parameters,
      );
      for (const row of rows) inserted.add(row.transaction_id);
    }
    return outcomes.map((outcome, i) =>
      outcome === 'recorded' && !inserted.has(entries[i].transactionId) ? 'duplicate' : outcome,
    );
  }

  /** Creates unseen customers (currency of their first entry here) and reads every currency. */
  private async customerCurrencies(
    tx: Transaction,
    entries: readonly LedgerEntry[],
    now: Date,
  ): Promise<Map<string, string>> {
    const firstCurrency = new Map<string, string>();
    for (const entry of entries) {
      if (!firstCurrency.has(entry.customerId))
        firstCurrency.set(entry.customerId, entry.amount.currency);
    }
    const ids = [...firstCurrency.keys()];
    for (const part of chunks(ids)) {
      await tx.manager
        .createQueryBuilder()
        .insert()
        .into(LtvCustomerOrmEntity)
        .values(
          part.map((customerId) => ({
            customerId,
            currency: firstCurrency.get(customerId)!,
            acquisitionCampaignId: null,
            acquisitionAffiliateId: null,
            acquiredAt: null,
            createdAt: now,
          })),
        )
        .orIgnore()
        .execute();
    }
    const currencies = new Map<string, string>();
    for (const part of chunks(ids)) {
      const rows = await tx.manager.find(LtvCustomerOrmEntity, {
        select: { customerId: true, currency: true },
        where: { customerId: In(part) },
      });
      for (const row of rows) currencies.set(row.customerId, row.currency);
    }
    return currencies;
  }
}

function toRow(entry: LedgerEntry, now: Date): LtvTransactionOrmEntity {
  return {
    transactionId: entry.transactionId,
    customerId: entry.customerId,
    occurredAt: entry.occurredAt,
    occurredDay: Math.floor(entry.occurredAt.getTime() / DAY_MS),
    occurredMonth: monthIndex(entry.occurredAt),
    amountMinor: entry.amount.minor,
    currency: entry.amount.currency,
    source: entry.source,
    status: entry.status,
    campaignId: entry.campaignId,
    affiliateId: entry.affiliateId,
    recordedAt: now,
  };
}
