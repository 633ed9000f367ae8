import type { Money } from '@app/kernel';

/** counted: part of the customer's history; excluded: a conversion that was rejected. */
export type TransactionStatus = 'counted' | 'excluded';
export type TransactionSource = 'import' | 'conversion';

/** A purchase on its way into the ledger, from an import or from a conversion. */
export interface LedgerEntry {
  transactionId: string;
  customerId: string;
  occurredAt: Date;
  amount: Money;
  source: TransactionSource;
  status: TransactionStatus;
  campaignId: string | null;
  affiliateId: string | null;
}

/**
 * recorded: stored now; duplicate: its transaction id was already stored (nothing changes);
 * currency_mismatch: the customer buys in another currency.
 */
export type EntryOutcome = 'recorded' | 'duplicate' | 'currency_mismatch';

/**
 * Stores purchases idempotently by transaction id, creating their customers on first sight.
 * A customer's currency is that of their first transaction; later purchases in another one are
 * refused (there are no exchange rates to make them comparable). An abstract class, so it
 * doubles as the DI token.
 */
export abstract class TransactionLedger {
  /** One outcome per entry, in order; all entries in one transaction. */
  abstract record(entries: readonly LedgerEntry[]): Promise<EntryOutcome[]>;
}
