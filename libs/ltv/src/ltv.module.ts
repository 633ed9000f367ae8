import { Module } from '@nestjs/common';
import { RecordTransactionsHandler } from './application/commands/record-transactions/record-transactions.handler.js';
import { FollowConversionStatusHandler } from './application/events/follow-conversion-status.handler.js';
import { RecordConversionPurchaseHandler } from './application/events/record-conversion-purchase.handler.js';
import { LtvTransactionsController } from './http/ltv-transactions.controller.js';
import { ConversionPurchases } from './infrastructure/conversion-purchases.js';
import { TransactionLedger } from './infrastructure/transaction-ledger.js';

const commandHandlers = [RecordTransactionsHandler];
const eventHandlers = [RecordConversionPurchaseHandler, FollowConversionStatusHandler];

@Module({
  controllers: [LtvTransactionsController],
  providers: [...commandHandlers, ...eventHandlers, TransactionLedger, ConversionPurchases],
})
export class LtvModule {}
