import { type BgNbdParams, silenceIfAlive } from './bg-nbd.js';
import type { RfmPoint } from './rfm.js';
import { gammaln } from './special-functions.js';

/**
 * MBG/NBD (Batislam, Denizel & Filiztekin 2007) has BG/NBD's four parameters with the same
 * meaning, in weeks; only the drop-out differs: a customer may also drop out right after the
 * first purchase, so one who never bought again is not held alive for certain.
 */
export type MbgNbdParams = BgNbdParams;

/** The log-likelihood of one customer point (not weighted by its count). */
export function mbgNbdPointLogLikelihood({ r, alpha, a, b }: MbgNbdParams, p: RfmPoint): number {
  const { x, tX, T } = p;
  const a1 = gammaln(r + x) - gammaln(r) + r * Math.log(alpha);
  const a2 = gammaln(a + b) + gammaln(b + x + 1) - gammaln(b) - gammaln(a + b + x + 1);
  const logDropOut = Math.log(a) - Math.log(b + x);
  return a1 + a2 + logSilentOrDropped(r + x, Math.log(alpha + T), Math.log(alpha + tX), logDropOut);
}

/** The log-likelihood of the whole base: the sum over customers (each point times its count). */
export function mbgNbdLogLikelihood(params: MbgNbdParams, points: readonly RfmPoint[]): number {
  let sum = 0;
  for (const p of points) sum += (p.count ?? 1) * mbgNbdPointLogLikelihood(params, p);
  return sum;
}

/**
 * log((alpha + T)^-(r + x) + (a / (b + x)) (alpha + t_x)^-(r + x)): alive and silent since t_x,
 * or dropped out at the last purchase; for every x, 0 included. Takes the logs of alpha + T,
 * alpha + t_x and a / (b + x), and sums the two terms without overflow.
 */
export function logSilentOrDropped(
  shape: number,
  logAlphaT: number,
  logAlphaTx: number,
  logDropOut: number,
): number {
  const silent = -shape * logAlphaT;
  const dropped = logDropOut - shape * logAlphaTx;
  const top = Math.max(silent, dropped);
  return top + Math.log(Math.exp(silent - top) + Math.exp(dropped - top));
}

/** P(alive) under MBG/NBD: below 1 even without a repeat purchase. */
export function mbgNbdProbabilityAlive({ r, alpha, a, b }: MbgNbdParams, p: RfmPoint): number {
  const logOdds =
    Math.log(a) - Math.log(b + p.x) + (r + p.x) * Math.log((alpha + p.T) / (alpha + p.tX));
  return 1 / (1 + Math.exp(logOdds));
}

/** P(X(t) = 0 | x, t_x, T) as MBG/NBD states it. */
export function mbgNbdProbabilityNoPurchase(params: MbgNbdParams, t: number, p: RfmPoint): number {
  const alive = mbgNbdProbabilityAlive(params, p);
  return 1 - alive + alive * silenceIfAlive(params, t, p);
}
