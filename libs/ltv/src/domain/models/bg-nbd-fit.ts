import type { BgNbdParams } from './bg-nbd.js';
import { type DistinctColumn, distinctColumn } from './distinct-values.js';
import { type FitOutcome, fitByMaximumLikelihood } from './model-fit.js';
import type { RfmPoint } from './rfm.js';
import { gammaln } from './special-functions.js';

/**
 * The base prepared for many likelihood evaluations: columns interned so that each log-gamma
 * depends on a distinct x, and each log on a distinct t_x or T, not on every customer.
 * Computes exactly bgNbdLogLikelihood (a unit test holds the two together).
 */
export class BgNbdLikelihood {
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

  logLikelihood({ r, alpha, a, b }: BgNbdParams): number {
    const xs = this.x.values;
    // Per distinct x: A1 + A2 of FHL's likelihood, and log(a / (b + x - 1)).
    const constant = gammaln(a + b) - gammaln(b) - gammaln(r) + r * Math.log(alpha);
    const base = new Float64Array(xs.length);
    const dropOut = new Float64Array(xs.length);
    for (let k = 0; k < xs.length; k += 1) {
      const x = xs[k];
      base[k] = constant + gammaln(r + x) + gammaln(b + x) - gammaln(a + b + x);
      dropOut[k] = x > 0 ? Math.log(a) - Math.log(b + x - 1) : 0;
    }
    const logAlphaT = this.T.values.map((T) => Math.log(alpha + T));
    const logAlphaTx = this.tX.values.map((tX) => Math.log(alpha + tX));
    let sum = 0;
    for (let i = 0; i < this.counts.length; i += 1) {
      const k = this.x.index[i];
      const x = xs[k];
      const a3 = -(r + x) * logAlphaT[this.T.index[i]];
      let ll = base[k] + a3;
      if (x > 0) {
        const a4 = dropOut[k] - (r + x) * logAlphaTx[this.tX.index[i]];
        const top = Math.max(a3, a4);
        ll = base[k] + top + Math.log(Math.exp(a3 - top) + Math.exp(a4 - top));
      }
      sum += this.counts[i] * ll;
    }
    return sum;
  }
}

/** Fits BG/NBD by maximum likelihood on the whole base. */
export function fitBgNbd(points: readonly RfmPoint[]): FitOutcome<BgNbdParams> {
  const likelihood = new BgNbdLikelihood(points);
  return fitByMaximumLikelihood(
    (params) => likelihood.logLikelihood(params),
    ([r, alpha, a, b]) => ({ r, alpha, a, b }),
    [1, 1, 1, 1],
    likelihood.customers,
  );
}
