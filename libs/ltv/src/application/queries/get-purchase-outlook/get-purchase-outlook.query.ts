import { Query } from '@nestjs/cqrs';
/** BG/NBD parameters, time in weeks (as the LTV fit stores them). */
export interface PurchaseModelParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}
export interface PurchaseOutlookBasis {
  method: 'bg-nbd' | 'none';
  reason: string | null;
  customers: number;
  params: PurchaseModelParams | null;
  mbgNbd: { params: PurchaseModelParams; converged: boolean } | null;
}
export interface CustomerPurchaseOutlook {
  customerId: string;
  purchaseDays: number[];
  repeatPurchases: number;
  expectedPurchases: number | null;
  probabilityAlive: number | null;
  probabilityNoPurchase: number | null;
  alternatives: { bgNbdExact: number; mbgNbdExact: number | null } | null;
}
export interface PurchaseOutlook {
  asOfDay: number;
  horizonDays: number;
  basis: PurchaseOutlookBasis;
  customers: CustomerPurchaseOutlook[];
}
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
