import type { BaseCustomer } from '../analysis/recalculation.js';

/** A customer's summary plus what the historical value and the fit record need. */
export interface SummarisedCustomer extends BaseCustomer {
  orders: number;
  revenueMinor: number;
  firstDay: number;
}

/**
 * The whole base summarised per customer, without the transactions leaving the store. An
 * abstract class, so it doubles as the DI token.
 */
export abstract class BaseSummaryReader {
  /** Counted purchases up to `asOf`, of customers in `currency`; `asOfDay` is asOf's day number. */
  abstract summarise(asOf: Date, asOfDay: number, currency: string): Promise<SummarisedCustomer[]>;
}
