import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiBody,
  ApiConsumes,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { ApiProblemResponses } from '@app/platform';
import {
  RecordTransactionsCommand,
  type TransactionBatchReport,
} from '../application/commands/record-transactions/record-transactions.command.js';
import { invalidBatch } from '../domain/ltv.errors.js';
import { readCsvTransactions } from './csv-transactions.js';
import {
  CSV_EXAMPLE,
  TransactionBatchDto,
  TransactionBatchReportDto,
} from './dto/transaction-batch.dto.js';

@ApiTags('ltv')
@Controller('ltv/transactions')
export class LtvTransactionsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Record a batch of purchases (JSON or text/csv), idempotent by transactionId.',
    description:
      'Valid rows are recorded even when others are refused; each refused row is listed in errors. ' +
      'A batch in which no row could be recorded is a 422. CSV: a header line naming the columns ' +
      `transactionId,customerId,occurredAt,amount,currency, then one purchase per line. Example:\n\n${CSV_EXAMPLE}`,
  })
  @ApiConsumes('application/json', 'text/csv')
  @ApiExtraModels(TransactionBatchDto)
  @ApiBody({
    schema: {
      oneOf: [
        { $ref: getSchemaPath(TransactionBatchDto) },
        { type: 'string', description: 'text/csv', example: CSV_EXAMPLE },
      ],
    },
  })
  @ApiOkResponse({ type: TransactionBatchReportDto })
  @ApiProblemResponses(400, 413, 415, 422)
  recordLtvTransactions(@Body() body: unknown): Promise<TransactionBatchReport> {
    return this.commands.execute(new RecordTransactionsCommand(rowsOf(body)));
  }
}

/** The rows of a CSV body (a string: only text/csv is parsed as one) or a JSON batch. */
function rowsOf(body: unknown): readonly unknown[] {
  if (typeof body === 'string') return readCsvTransactions(body);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidBatch('', 'The request body must be a JSON object: {"transactions": [...]}.');
  }
  const unknown = Object.keys(body).filter((key) => key !== 'transactions');
  if (unknown.length > 0)
    throw invalidBatch(unknown[0], `${unknown[0]} is not a field of a batch.`);
  const { transactions } = body as { transactions?: unknown };
  if (!Array.isArray(transactions))
    throw invalidBatch('transactions', 'transactions must be an array of purchases.');
  return transactions;
}
