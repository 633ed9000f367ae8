import { Query } from '@nestjs/cqrs';

/** What other contexts (retention) read of a customer's lifetime value. */
export interface CustomerLtvView {
  customerId: string;
  currency: string;
  probabilityAlive: number;
  /** Predicted CLV over the horizon, in major units and in exact minor units. */
  predictedClv: number;
  predictedClvMinor: number;
  expectedPurchases: number;
  segment: 'VIP' | 'High' | 'Medium' | 'Low' | null;
  horizonMonths: number;
  asOf: string;
}

/**
 * A customer's P(alive), predicted CLV and segment from the newest fit; null when the customer
 * is unknown or was not part of it. Published in @app/ltv for other contexts.
 */
export class GetCustomerLtvQuery extends Query<CustomerLtvView | null> {
  constructor(readonly customerId: string) {
    super();
  }
}
