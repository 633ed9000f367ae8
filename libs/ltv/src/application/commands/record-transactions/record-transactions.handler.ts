import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '@app/kernel';
import { invalidBatch, noValidTransactions } from '../../../domain/ltv.errors.js';
import {
  type ImportedTransaction,
  parseTransactionRow,
} from '../../../domain/transactions/transaction-row.js';
import { TransactionLedger } from '../../../domain/transactions/transaction-ledger.js';
import {
  RecordTransactionsCommand,
  type RowError,
  type TransactionBatchReport,
} from './record-transactions.command.js';

export const MAX_BATCH_ROWS = 10_000;

@CommandHandler(RecordTransactionsCommand)
export class RecordTransactionsHandler implements ICommandHandler<RecordTransactionsCommand> {
  constructor(
    private readonly ledger: TransactionLedger,
    private readonly clock: Clock,
  ) {}

  async execute({ rows }: RecordTransactionsCommand): Promise<TransactionBatchReport> {
    if (rows.length === 0) throw invalidBatch('transactions', 'The batch holds no transaction.');
    if (rows.length > MAX_BATCH_ROWS) {
      throw invalidBatch(
        'transactions',
        `A batch holds at most ${MAX_BATCH_ROWS} transactions; this one has ${rows.length}.`,
      );
    }
    const now = this.clock.now();
    const errors: RowError[] = [];
    const valid: { index: number; transaction: ImportedTransaction }[] = [];
    rows.forEach((row, index) => {
      const parsed = parseTransactionRow(row, now);
      if ('transaction' in parsed) {
        valid.push({ index, transaction: parsed.transaction });
        return;
      }
      const transactionId = (row as { transactionId?: unknown } | null)?.transactionId;
      for (const error of parsed.errors) {
        errors.push({
          index,
          transactionId: typeof transactionId === 'string' ? transactionId : null,
          ...error,
        });
      }
    });
    const outcomes = valid.length
      ? await this.ledger.record(
          valid.map(({ transaction }) => ({
            ...transaction,
            source: 'import' as const,
            status: 'counted' as const,
            campaignId: null,
            affiliateId: null,
          })),
        )
      : [];
    outcomes.forEach((outcome, i) => {
      if (outcome !== 'currency_mismatch') return;
      const { index, transaction } = valid[i];
      errors.push({
        index,
        transactionId: transaction.transactionId,
        field: 'currency',
        message: `Customer ${transaction.customerId} buys in another currency; a customer's purchases must share one.`,
      });
    });
    const recorded = outcomes.filter((outcome) => outcome === 'recorded').length;
    const duplicates = outcomes.filter((outcome) => outcome === 'duplicate').length;
    if (recorded + duplicates === 0) {
      throw noValidTransactions(
        errors.map((e) => ({
          field: e.field ? `transactions.${e.index}.${e.field}` : `transactions.${e.index}`,
          message: e.message,
        })),
      );
    }
    errors.sort((p, q) => p.index - q.index);
    const rejected = new Set(errors.map((error) => error.index)).size;
    return { received: rows.length, recorded, duplicates, rejected, errors };
  }
}
