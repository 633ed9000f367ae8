import { type FitOutcome, fitByMaximumLikelihood } from './model-fit.js';
import { type DistinctColumn, distinctColumn } from './distinct-values.js';
import type { SpendPoint } from './rfm.js';
import { gammaln } from './special-functions.js';

/**
 * Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV"; Colombo & Jiang 1999): a
 * customer's purchase values are gamma(p, nu) around their own mean, and nu is gamma(q, gamma)
 * across customers. Fitted on repeat buyers' mean repeat-purchase values.
 */
export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

/** The log-density of a repeat buyer's mean value `meanValue` over `x` purchases. */
export function gammaGammaPointLogLikelihood(
  { p, q, gamma }: GammaGammaParams,
  { x, meanValue }: SpendPoint,
): number {
  return (
    gammaln(p * x + q) -
    gammaln(p * x) -
    gammaln(q) +
    q * Math.log(gamma) +
    (p * x - 1) * Math.log(meanValue) +
    p * x * Math.log(x) -
    (p * x + q) * Math.log(x * meanValue + gamma)
  );
}

export function gammaGammaLogLikelihood(
  params: GammaGammaParams,
  points: readonly SpendPoint[],
): number {
  let sum = 0;
  for (const point of points)
    sum += (point.count ?? 1) * gammaGammaPointLogLikelihood(params, point);
  return sum;
}

/**
 * The repeat buyers prepared for many evaluations: the log-gamma terms depend on x alone, so
 * they are computed once per distinct x. Computes exactly gammaGammaLogLikelihood.
 */
class GammaGammaLikelihood {
  private readonly x: DistinctColumn;
  private readonly meanValues: Float64Array;
  private readonly logMeans: Float64Array;
  private readonly counts: Float64Array;

  constructor(points: readonly SpendPoint[]) {
    this.x = distinctColumn(points.map((point) => point.x));
    this.meanValues = Float64Array.from(points, (point) => point.meanValue);
    this.logMeans = this.meanValues.map(Math.log);
    this.counts = Float64Array.from(points, (point) => point.count ?? 1);
  }

  logLikelihood({ p, q, gamma }: GammaGammaParams): number {
    const xs = this.x.values;
    const byX = xs.map(
      (x) =>
        gammaln(p * x + q) -
        gammaln(p * x) -
        gammaln(q) +
        q * Math.log(gamma) +
        p * x * Math.log(x),
    );
    let sum = 0;
    for (let i = 0; i < this.counts.length; i += 1) {
      const k = this.x.index[i];
      const px = p * xs[k];
      const ll =
        byX[k] +
        (px - 1) * this.logMeans[i] -
        (px + q) * Math.log(xs[k] * this.meanValues[i] + gamma);
      sum += this.counts[i] * ll;
    }
    return sum;
  }
}

/** Only repeat buyers with a positive mean value say anything about spend per purchase. */
export const usableForSpend = (point: SpendPoint) => point.x > 0 && point.meanValue > 0;

export function fitGammaGamma(points: readonly SpendPoint[]): FitOutcome<GammaGammaParams> {
  const usable = points.filter(usableForSpend);
  const customers = usable.reduce((sum, point) => sum + (point.count ?? 1), 0);
  const likelihood = new GammaGammaLikelihood(usable);
  return fitByMaximumLikelihood(
    (params) => likelihood.logLikelihood(params),
    ([p, q, gamma]) => ({ p, q, gamma }),
    [1, 1, 1],
    customers,
  );
}

/**
 * E[M | x, mean]: the expected value of a customer's future purchases, shrunk from their own
 * mean towards the population's by how much evidence they have. Without a repeat purchase (or
 * with a zero mean) it is the population mean, p * gamma / (q - 1).
 */
export function expectedAverageValue(
  { p, q, gamma }: GammaGammaParams,
  { x, meanValue }: SpendPoint,
): number {
  const n = x > 0 && meanValue > 0 ? x : 0;
  return (p * (gamma + n * meanValue)) / (p * n + q - 1);
}
