import { Query } from '@nestjs/cqrs';

/** BG/NBD parameters, time in weeks (as the LTV fit stores them). */
export interface PurchaseModelParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface PurchaseOutlookBasis {
  /** 'bg-nbd' when a converged fit (or the given params) predicts; 'none' otherwise. */
  method: 'bg-nbd' | 'none';
  /** Why no model predicts (too few customers, no convergence, no purchases); null when one does. */
  reason: string | null;
  /** Customers in the base the fit saw (0 when params were given). */
  customers: number;
  params: PurchaseModelParams | null;
  /** Optional comparison: MBG/NBD fitted on the same base (only when compareModels was asked). */
  mbgNbd: { params: PurchaseModelParams; converged: boolean } | null;
}

export interface CustomerPurchaseOutlook {
  customerId: string;
  /** Distinct UTC day numbers (floor(ms / 86400000)) with a counted purchase up to asOfDay, ascending. */
  purchaseDays: number[];
  /** purchaseDays.length - 1 */
  repeatPurchases: number;
  /** E[X(t) | x, t_x, T] over the horizon; null when basis.method is 'none'. */
  expectedPurchases: number | null;
  probabilityAlive: number | null;
  /** The chosen estimate of P(no purchase in the horizon); null when basis.method is 'none'. */
  probabilityNoPurchase: number | null;
  /** Only with compareModels: the other estimators of the same probability, for the backtest's comparison. */
  /**
   * The chosen probability for two what-if histories, null when basis.method is 'none': had
   * the last purchase been today (what silence adds), and for a customer whose first purchase
   * is today (the baseline that repeat purchases move). For explaining a buyer's risk.
   */
  references: { ifBoughtToday: number; asNewBuyer: number } | null;
  alternatives: { bgNbdExact: number; mbgNbdExact: number | null } | null;
}

export interface PurchaseOutlook {
  asOfDay: number;
  horizonDays: number;
  basis: PurchaseOutlookBasis;
  /** Buyers with a counted purchase up to asOfDay, by customer id (in the database's collation). */
  customers: CustomerPurchaseOutlook[];
}

/**
 * Each buyer's chance of making no purchase in the `horizonDays` after `asOfDay`, from BG/NBD
 * fitted on the whole base as of that day (counted purchases of every currency), or from the
 * given `params` (then nothing is fitted, and with `customerId` only that customer is read).
 * `params: null` asks for no model at all: the purchase days only, as cheaply as given params.
 * Published in @app/ltv for retention's churn assessment.
 */
export class GetPurchaseOutlookQuery extends Query<PurchaseOutlook> {
  constructor(
    readonly asOfDay: number,
    readonly horizonDays: number,
    readonly options: {
      customerId?: string;
      params?: PurchaseModelParams | null;
      compareModels?: boolean;
    } = {},
  ) {
    super();
  }
}
