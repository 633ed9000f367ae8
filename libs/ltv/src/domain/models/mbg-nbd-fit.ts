import { type DistinctColumn, distinctColumn } from './distinct-values.js';
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
  private readonly x: DistinctColumn;
  private readonly tX: DistinctColumn;
  private readonly T: DistinctColumn;
  private readonly counts: Float64Array;
  readonly customers: number;

  constructor(points: readonly RfmPoint[]) {
    this.x = distinctColumn(points.map((p) => p.x));
    this.tX = distinctColumn(points.map((p) => p.tX));
    this.T = distinctColumn(points.map((p) => p.T));
    this.counts = Float64Array.from(points, (p) => p.count ?? 1);
    this.customers = this.counts.reduce((sum, count) => sum + count, 0);
  }

  logLikelihood({ r, alpha, a, b }: MbgNbdParams): number {
    const xs = this.x.values;
    const constant = gammaln(a + b) - gammaln(b) - gammaln(r) + r * Math.log(alpha);
    const base = new Float64Array(xs.length);
    const dropOut = new Float64Array(xs.length);
    for (let k = 0; k < xs.length; k += 1) {
      const x = xs[k];
      base[k] = constant + gammaln(r + x) + gammaln(b + x + 1) - gammaln(a + b + x + 1);
      dropOut[k] = Math.log(a) - Math.log(b + x);
    }
    const logAlphaT = this.T.values.map((T) => Math.log(alpha + T));
    const logAlphaTx = this.tX.values.map((tX) => Math.log(alpha + tX));
    let sum = 0;
    for (let i = 0; i < this.counts.length; i += 1) {
      const k = this.x.index[i];
      const tail = logSilentOrDropped(
        r + xs[k],
        logAlphaT[this.T.index[i]],
        logAlphaTx[this.tX.index[i]],
        dropOut[k],
      );
      sum += this.counts[i] * (base[k] + tail);
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
