import { Command } from '@nestjs/cqrs';

/** One row's problem in a batch: its position (0-based), its id when readable, the field. */
export interface RowError {
  index: number;
  transactionId: string | null;
  field: string;
  message: string;
}

export interface TransactionBatchReport {
  received: number;
  recorded: number;
  /** Rows whose transaction id was already recorded (or repeated in the batch): ignored. */
  duplicates: number;
  /** Rows refused; each has its entries in `errors`. */
  rejected: number;
  errors: RowError[];
}

/** Records a batch of purchases, keeping the valid rows and reporting the others. */
export class RecordTransactionsCommand extends Command<TransactionBatchReport> {
  constructor(readonly rows: readonly unknown[]) {
    super();
  }
}
