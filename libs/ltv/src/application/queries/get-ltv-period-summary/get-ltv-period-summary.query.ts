import { Query } from '@nestjs/cqrs';

/** Purchases of one currency in the period. */
export interface LtvPeriodCurrencyView {
  currency: string;
  /** Distinct customers with a counted purchase in the period. */
  customers: number;
  orders: number;
  /** Major units. */
  revenue: number;
  averageOrderValue: number | null;
  revenuePerCustomer: number | null;
}

export interface LtvPeriodSummaryView {
  from: string;
  to: string;
  /** One entry per currency with purchases in the period, alphabetical. */
  purchases: LtvPeriodCurrencyView[];
  /** The model in force (the newest fit), whatever the period: predictions are of the whole base. */
  model: {
    asOf: string;
    currency: string;
    averagePredictedClv: number;
    medianPredictedClv: number;
  } | null;
}

/** Counted purchases in [from, to) per currency, with the newest model's predicted CLV. */
export class GetLtvPeriodSummaryQuery extends Query<LtvPeriodSummaryView> {
  constructor(
    readonly from: Date,
    readonly to: Date,
  ) {
    super();
  }
}
