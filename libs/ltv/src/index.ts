// The LTV context's public face: the only file other contexts and the app may import.
export { LtvModule } from './ltv.module.js';
export { ltvSchema } from './ltv-schema.js';
export { registerLtvBodyParsing } from './http/csv-body-parser.js';
export {
  type CustomerLtvView,
  GetCustomerLtvQuery,
} from './application/queries/get-customer-ltv/get-customer-ltv.query.js';
export {
  ListCustomerTransactionsQuery,
  type TransactionRecord,
} from './application/queries/list-customer-transactions/list-customer-transactions.query.js';
export {
  GetLtvPeriodSummaryQuery,
  type LtvPeriodCurrencyView,
  type LtvPeriodSummaryView,
} from './application/queries/get-ltv-period-summary/get-ltv-period-summary.query.js';
export {
  type CustomerPurchaseOutlook,
  GetPurchaseOutlookQuery,
  type PurchaseModelParams,
  type PurchaseOutlook,
  type PurchaseOutlookBasis,
} from './application/queries/get-purchase-outlook/get-purchase-outlook.query.js';
