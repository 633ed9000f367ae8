import { ApiProperty } from '@nestjs/swagger';

/** Documents one row; rows are checked one by one (see parseTransactionRow), not by this class. */
export class TransactionRowDto {
  @ApiProperty({
    description: 'Your id of the purchase (1-255 characters); a repeat is ignored.',
    example: 'ORDER-1001',
  })
  transactionId!: string;

  @ApiProperty({ description: 'Your id of the customer (1-255 characters).', example: 'cust-77' })
  customerId!: string;

  @ApiProperty({
    description: 'When the purchase happened: ISO 8601 with an offset, not in the future.',
    example: '2026-11-20T14:03:00Z',
  })
  occurredAt!: string;

  @ApiProperty({
    description:
      'Amount in major units (a number or decimal text), not negative, with no more decimals than the currency has.',
    example: 49.9,
    oneOf: [{ type: 'number' }, { type: 'string' }],
  })
  amount!: number | string;

  @ApiProperty({
    description: "ISO 4217 code; all of a customer's purchases share the currency of their first.",
    example: 'USD',
  })
  currency!: string;
}

export class TransactionBatchDto {
  @ApiProperty({
    type: [TransactionRowDto],
    description: 'From 1 to 10,000 purchases.',
    minItems: 1,
    maxItems: 10_000,
  })
  transactions!: TransactionRowDto[];
}

export const CSV_EXAMPLE =
  'transactionId,customerId,occurredAt,amount,currency\nORDER-1001,cust-77,2026-11-20T14:03:00Z,49.90,USD\n';

export class RowErrorDto {
  @ApiProperty({
    description: 'Position of the row in the batch, from 0 (CSV: the line after the header).',
    example: 3,
  })
  index!: number;

  @ApiProperty({ nullable: true, type: String, example: 'ORDER-1004' })
  transactionId!: string | null;

  @ApiProperty({ example: 'amount' })
  field!: string;

  @ApiProperty({ example: 'USD amounts have at most 2 decimal places.' })
  message!: string;
}

export class TransactionBatchReportDto {
  @ApiProperty({ description: 'Rows in the batch.', example: 4 })
  received!: number;

  @ApiProperty({ description: 'Rows stored now.', example: 2 })
  recorded!: number;

  @ApiProperty({
    description:
      'Rows whose transactionId was already recorded (or repeated in the batch): ignored.',
    example: 1,
  })
  duplicates!: number;

  @ApiProperty({ description: 'Rows refused; see errors.', example: 1 })
  rejected!: number;

  @ApiProperty({ type: [RowErrorDto] })
  errors!: RowErrorDto[];
}
