import { gammaln, logHyp2f1 } from './special-functions.js';
import type { RfmPoint } from './rfm.js';

/**
 * BG/NBD parameters (Fader, Hardie & Lee 2005, "Counting your customers the easy way"):
 * purchase rates are gamma(r, alpha) across customers, and the drop-out probability after
 * each purchase is beta(a, b). Time unit: weeks.
 */
export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** The log-likelihood of one customer point (not weighted by its count). */
export function bgNbdPointLogLikelihood({ r, alpha, a, b }: BgNbdParams, p: RfmPoint): number {
  const { x, tX, T } = p;
  const a1 = gammaln(r + x) - gammaln(r) + r * Math.log(alpha);
  const a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x);
  const a3 = -(r + x) * Math.log(alpha + T);
  if (x === 0) return a1 + a2 + a3;
  const a4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tX);
  // log(e^a3 + e^a4) without overflow
  const top = Math.max(a3, a4);
  return a1 + a2 + top + Math.log(Math.exp(a3 - top) + Math.exp(a4 - top));
}

/** The log-likelihood of the whole base: the sum over customers (each point times its count). */
export function bgNbdLogLikelihood(params: BgNbdParams, points: readonly RfmPoint[]): number {
  let sum = 0;
  for (const p of points) sum += (p.count ?? 1) * bgNbdPointLogLikelihood(params, p);
  return sum;
}

/**
 * P(alive): the probability that a customer with this history has not dropped out. Exactly 1
 * without a repeat purchase (under BG/NBD a customer can only drop out right after buying).
 */
export function probabilityAlive({ r, alpha, a, b }: BgNbdParams, p: RfmPoint): number {
  if (p.x === 0) return 1;
  const logOdds =
    Math.log(a) - Math.log(b + p.x - 1) + (r + p.x) * Math.log((alpha + p.T) / (alpha + p.tX));
  return 1 / (1 + Math.exp(logOdds));
}

/**
 * E[X(t) | x, t_x, T]: the expected number of purchases in the next `t` weeks of a customer
 * with this history (FHL 2005, eq. 10).
 */
export function expectedPurchases(params: BgNbdParams, t: number, p: RfmPoint): number {
  if (t <= 0) return 0;
  const { r, alpha, a, b } = params;
  const { x, tX, T } = p;
  const logHyp = logHyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + T + t));
  const first = (a + b + x - 1) / (a - 1);
  const second = -Math.expm1(logHyp + (r + x) * Math.log((alpha + T) / (alpha + T + t)));
  const odds =
    x === 0 ? 0 : (a / (b + x - 1)) * Math.exp((r + x) * Math.log((alpha + T) / (alpha + tX)));
  return (first * second) / (1 + odds);
}

/** E[X(t)]: the expected repeat purchases of a new customer in their first `t` weeks (eq. 9). */
export function expectedPurchasesOfNewCustomer({ r, alpha, a, b }: BgNbdParams, t: number): number {
  if (t <= 0) return 0;
  const logHyp = logHyp2f1(r, b, a + b - 1, t / (alpha + t));
  return ((a + b - 1) / (a - 1)) * -Math.expm1(r * Math.log(alpha / (alpha + t)) + logHyp);
}

/**
 * ((alpha + T) / (alpha + T + t))^(r + x): the chance that a customer still alive makes no
 * purchase in the next `t` weeks (their posterior purchase rate is gamma(r + x, alpha + T)).
 * BG/NBD and MBG/NBD share it: in both, a customer drops out only at a purchase.
 */
export function silenceIfAlive({ r, alpha }: BgNbdParams, t: number, p: RfmPoint): number {
  return Math.exp((r + p.x) * Math.log((alpha + p.T) / (alpha + p.T + t)));
}

/**
 * P(X(t) = 0 | x, t_x, T) as BG/NBD states it: dead customers buy nothing, living ones stay
 * silent by chance (see silenceIfAlive).
 */
export function probabilityNoPurchase(params: BgNbdParams, t: number, p: RfmPoint): number {
  const alive = probabilityAlive(params, p);
  return 1 - alive + alive * silenceIfAlive(params, t, p);
}
