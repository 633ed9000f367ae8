import { InternedPoints } from './interned-points.js';
import { logSilentOrDropped, type MbgNbdParams } from './mbg-nbd.js';
import { type FitOutcome, fitByMaximumLikelihood } from './model-fit.js';
import type { RfmPoint } from './rfm.js';
import { gammaln } from './special-functions.js';

/**
 * The base prepared for many MBG/NBD likelihood evaluations, interned as BgNbdLikelihood is:
 * log-gammas once per distinct x, logs once per distinct t_x or T. Computes exactly
 * mbgNbdLogLikelihood (a unit test holds the two together).
 */
export class MbgNbdLikelihood {
  private readonly points: InternedPoints;

  constructor(points: readonly RfmPoint[]) {
    this.points = new InternedPoints(points);
  }

  get customers(): number {
    return this.points.customers;
  }

  logLikelihood({ r, alpha, a, b }: MbgNbdParams): number {
    const xs = this.points.x.values;
    const constant = gammaln(a + b) - gammaln(b) - gammaln(r) + r * Math.log(alpha);
    const base = new Float64Array(xs.length);
    const dropOut = new Float64Array(xs.length);
    for (let k = 0; k < xs.length; k += 1) {
      const x = xs[k];
      base[k] = constant + gammaln(r + x) + gammaln(b + x + 1) - gammaln(a + b + x + 1);
      dropOut[k] = Math.log(a) - Math.log(b + x);
    }
    const logAlphaT = this.points.T.values.map((T) => Math.log(alpha + T));
    const logAlphaTx = this.points.tX.values.map((tX) => Math.log(alpha + tX));
    let sum = 0;
    for (let i = 0; i < this.points.counts.length; i += 1) {
      const k = this.points.x.index[i];
      const tail = logSilentOrDropped(
        r + xs[k],
        logAlphaT[this.points.T.index[i]],
        logAlphaTx[this.points.tX.index[i]],
        dropOut[k],
      );
      sum += this.points.counts[i] * (base[k] + tail);
    }
    return sum;
  }
}

/** Fits MBG/NBD by maximum likelihood on the whole base, from BG/NBD's starting point. */
export function fitMbgNbd(points: readonly RfmPoint[]): FitOutcome<MbgNbdParams> {
  const likelihood = new MbgNbdLikelihood(points);
  return fitByMaximumLikelihood(
    (params) => likelihood.logLikelihood(params),
    ([r, alpha, a, b]) => ({ r, alpha, a, b }),
    [1, 1, 1, 1],
    likelihood.customers,
  );
}
