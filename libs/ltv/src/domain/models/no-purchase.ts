import { type BgNbdParams, expectedPurchases } from './bg-nbd.js';
import type { RfmPoint } from './rfm.js';

/**
 * The chosen estimate of P(no purchase in the next `t` weeks): a negative-binomial count whose
 * mean is BG/NBD's conditional expectation E = E[X(t) | x, t_x, T] and whose shape is the
 * customer's posterior purchase-rate shape k = r + x, so P0 = (1 + E / k)^-k.
 *
 * Why not BG/NBD's own exact P(X(t) = 0) (probabilityNoPurchase in bg-nbd.ts)? Backtested on
 * the full CDNOW cohort (23,570 customers; calibration 1997-01-01 to 1997-09-30, 39 holdout
 * weeks, label "no purchase in the holdout", base rate 0.7006, base-rate Brier 0.2098): the
 * exact BG/NBD P0 scored AUC 0.7466 and Brier 0.1654, the exact MBG/NBD P0 0.7547 and 0.1661,
 * this estimate 0.7655 and 0.1596, the best on both. BG/NBD's exact form takes a silent repeat
 * buyer for dead and so overstates their loss, while its conditional expectation is the
 * quantity the model is known to track well. The purchase-outlook e2e test measures it again.
 */
export function noPurchaseByExpectation(
  params: BgNbdParams,
  t: number,
  p: RfmPoint,
): { expectedPurchases: number; probabilityNoPurchase: number } {
  const expected = expectedPurchases(params, t, p);
  const shape = params.r + p.x;
  return {
    expectedPurchases: expected,
    probabilityNoPurchase: Math.exp(-shape * Math.log1p(expected / shape)),
  };
}
