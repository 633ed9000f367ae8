import { GetLtvPeriodSummaryHandler } from './application/queries/get-ltv-period-summary/get-ltv-period-summary.handler.js';
import { Module } from '@nestjs/common';
import { RecalculateLtvHandler } from './application/commands/recalculate-ltv/recalculate-ltv.handler.js';
import { RecordTransactionsHandler } from './application/commands/record-transactions/record-transactions.handler.js';
import { SetSegmentRuleHandler } from './application/commands/set-segment-rule/set-segment-rule.handler.js';
import { FollowConversionStatusHandler } from './application/events/follow-conversion-status.handler.js';
import { RecordConversionPurchaseHandler } from './application/events/record-conversion-purchase.handler.js';
import { EraseCustomerLtvHandler } from './application/events/erase-customer-ltv.handler.js';
import { CustomerLtvPseudonymiser } from './infrastructure/customer-ltv-pseudonymiser.js';
import { GetCustomerLtvHandler } from './application/queries/get-customer-ltv/get-customer-ltv.handler.js';
import { ListCustomersLtvHandler } from './application/queries/list-customers-ltv/list-customers-ltv.handler.js';
import { GetCustomerHandler } from './application/queries/get-customer/get-customer.handler.js';
import { GetPurchaseOutlookHandler } from './application/queries/get-purchase-outlook/get-purchase-outlook.handler.js';
import { GetLtvAnalysisHandler } from './application/queries/get-ltv-analysis/get-ltv-analysis.handler.js';
import { GetSegmentsHandler } from './application/queries/get-segments/get-segments.handler.js';
import { LtvAnalysisController } from './http/ltv-analysis.controller.js';
import { LtvSegmentsController } from './http/ltv-segments.controller.js';
import { LtvTransactionsController } from './http/ltv-transactions.controller.js';
import { ConversionPurchases } from './infrastructure/conversion-purchases.js';
import { NightlyRecalculationJob } from './infrastructure/nightly-recalculation.job.js';
import { PurchaseHistoryReader } from './infrastructure/purchase-history-reader.js';
import { BaseSummaryReader } from './domain/predictions/base-summary-reader.js';
import { PredictionStore } from './domain/predictions/prediction-store.js';
import { SegmentRuleStore } from './domain/predictions/segment-rule-store.js';
import { TransactionLedger } from './domain/transactions/transaction-ledger.js';
import { TypeormBaseSummaryReader } from './infrastructure/typeorm-base-summary-reader.js';
import { TypeormPredictionStore } from './infrastructure/typeorm-prediction-store.js';
import { TypeormSegmentRuleStore } from './infrastructure/typeorm-segment-rule-store.js';
import { TypeormTransactionLedger } from './infrastructure/typeorm-transaction-ledger.js';
import { ListCustomerTransactionsHandler } from './application/queries/list-customer-transactions/list-customer-transactions.handler.js';
const commandHandlers = [RecordTransactionsHandler, RecalculateLtvHandler, SetSegmentRuleHandler];
const queryHandlers = [
  GetLtvAnalysisHandler,
  GetCustomerHandler,
  GetSegmentsHandler,
  GetCustomerLtvHandler,
  ListCustomersLtvHandler,
  ListCustomerTransactionsHandler,
  GetLtvPeriodSummaryHandler,
  GetPurchaseOutlookHandler,
];
const eventHandlers = [
  RecordConversionPurchaseHandler,
  FollowConversionStatusHandler,
  EraseCustomerLtvHandler,
];

@Module({
  controllers: [LtvTransactionsController, LtvAnalysisController, LtvSegmentsController],
  providers: [
    ...commandHandlers,
    ...queryHandlers,
    ...eventHandlers,
    // ConversionPurchases writes through the ledger inside its own transaction (recordWithin).
    TypeormTransactionLedger,
    CustomerLtvPseudonymiser,
    ConversionPurchases,
    PurchaseHistoryReader,
    NightlyRecalculationJob,
    { provide: TransactionLedger, useClass: TypeormTransactionLedger },
    { provide: BaseSummaryReader, useClass: TypeormBaseSummaryReader },
    { provide: PredictionStore, useClass: TypeormPredictionStore },
    { provide: SegmentRuleStore, useClass: TypeormSegmentRuleStore },
  ],
})
export class LtvModule {}
