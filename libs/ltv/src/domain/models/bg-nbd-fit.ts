import type { BgNbdParams } from './bg-nbd.js';
import { InternedPoints } from './interned-points.js';
import { type FitOutcome, fitByMaximumLikelihood } from './model-fit.js';
import type { RfmPoint } from './rfm.js';
import { gammaln } from './special-functions.js';

/**
 * The base prepared for many likelihood evaluations: columns interned so that each log-gamma
 * depends on a distinct x, and each log on a distinct t_x or T, not on every customer.
 * Computes exactly bgNbdLogLikelihood (a unit test holds the two together).
 */
export class BgNbdLikelihood {
  private readonly points: InternedPoints;

  constructor(points: readonly RfmPoint[]) {
    this.points = new InternedPoints(points);
  }

  get customers(): number {
    return this.points.customers;
  }

  logLikelihood({ r, alpha, a, b }: BgNbdParams): number {
    const xs = this.points.x.values;
    // Per distinct x: A1 + A2 of FHL's likelihood, and log(a / (b + x - 1)).
    const constant = gammaln(a + b) - gammaln(b) - gammaln(r) + r * Math.log(alpha);
    const base = new Float64Array(xs.length);
    const dropOut = new Float64Array(xs.length);
    for (let k = 0; k < xs.length; k += 1) {
      const x = xs[k];
      base[k] = constant + gammaln(r + x) + gammaln(b + x) - gammaln(a + b + x);
      dropOut[k] = x > 0 ? Math.log(a) - Math.log(b + x - 1) : 0;
    }
    const logAlphaT = this.points.T.values.map((T) => Math.log(alpha + T));
    const logAlphaTx = this.points.tX.values.map((tX) => Math.log(alpha + tX));
    let sum = 0;
    for (let i = 0; i < this.points.counts.length; i += 1) {
      const k = this.points.x.index[i];
      const x = xs[k];
      const a3 = -(r + x) * logAlphaT[this.points.T.index[i]];
      let ll = base[k] + a3;
      if (x > 0) {
        const a4 = dropOut[k] - (r + x) * logAlphaTx[this.points.tX.index[i]];
        const top = Math.max(a3, a4);
        ll = base[k] + top + Math.log(Math.exp(a3 - top) + Math.exp(a4 - top));
      }
      sum += this.points.counts[i] * ll;
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
