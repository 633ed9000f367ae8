import type { BgNbdParams } from '../models/bg-nbd.js';
import { fitBgNbd } from '../models/bg-nbd-fit.js';
import type { MbgNbdParams } from '../models/mbg-nbd.js';
import { fitMbgNbd } from '../models/mbg-nbd-fit.js';
import type { FitOutcome } from '../models/model-fit.js';
import type { RfmPoint } from '../models/rfm.js';
import { MIN_CUSTOMERS } from './recalculation.js';

/** What predicts purchases: BG/NBD parameters, or the reason no model can. */
export type PurchaseModel =
  | { params: BgNbdParams; reason: null; customers: number }
  | { params: null; reason: string; customers: number };

const noModel = (reason: string, customers: number): PurchaseModel => ({
  params: null,
  reason,
  customers,
});

/** No model by request: the caller wants the purchase days only. */
export const noPurchaseModel = (reason: string): PurchaseModel => noModel(reason, 0);

const customersOf = (base: readonly RfmPoint[]) =>
  base.reduce((sum, point) => sum + (point.count ?? 1), 0);

/** Why the base cannot be fitted, or null when it can (the rule the LTV recalculation follows). */
function unfittable(base: readonly RfmPoint[]): string | null {
  const customers = customersOf(base);
  if (customers === 0) return 'No customer has a counted purchase up to asOfDay.';
  if (customers < MIN_CUSTOMERS) {
    return `The purchase models need at least ${MIN_CUSTOMERS} customers; the base has ${customers}.`;
  }
  // Without a single repeat purchase the likelihood says nothing about drop-out (a, b).
  if (base.every((point) => point.x === 0)) {
    return `None of the ${customers} customers bought on a second day: drop-out cannot be estimated.`;
  }
  return null;
}

/** BG/NBD fitted on the whole base (distinct points with counts), used only if it converged. */
export function fitPurchaseModel(base: readonly RfmPoint[]): PurchaseModel {
  const customers = customersOf(base);
  const why = unfittable(base);
  if (why) return noModel(why, customers);
  const fit = fitBgNbd(base);
  if (!fit.converged) {
    const { r, alpha, a, b } = fit.params;
    return noModel(
      `The BG/NBD fit on ${customers} customers did not converge ` +
        `(r ${r}, alpha ${alpha}, a ${a}, b ${b}): its parameters are not used.`,
      customers,
    );
  }
  return { params: fit.params, reason: null, customers };
}

/** Parameters a caller kept from an earlier outlook: no fit, so no customers seen. */
export function givenPurchaseModel(params: BgNbdParams): PurchaseModel {
  const values = [params.r, params.alpha, params.a, params.b];
  if (!values.every((v) => Number.isFinite(v) && v > 0)) {
    return noModel('The given BG/NBD parameters are not all positive finite numbers.', 0);
  }
  return { params: { ...params }, reason: null, customers: 0 };
}

/** MBG/NBD on the same base, for comparison only; null when the base cannot be fitted. */
export function fitComparisonModel(base: readonly RfmPoint[]): FitOutcome<MbgNbdParams> | null {
  return unfittable(base) ? null : fitMbgNbd(base);
}
