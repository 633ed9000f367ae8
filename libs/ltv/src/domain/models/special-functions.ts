import gammaln from '@stdlib/math-base-special-gammaln';
import hyp2f1 from '@stdlib/math-base-special-hyp2f1';

export { gammaln };

/**
 * ln 2F1(a, b; c; z) for 0 <= z < 1, the form the BG/NBD expectations need. stdlib's hyp2f1
 * (a port of Cephes) overflows for a customer with many purchases, where a, b and c are all
 * large; there Euler's transformation 2F1(a, b; c; z) = (1 - z)^(c - a - b) 2F1(c - a, c - b; c; z)
 * leaves a series with small upper parameters that stays finite, and its power is taken in logs.
 */
export function logHyp2f1(a: number, b: number, c: number, z: number): number {
  const direct = hyp2f1(a, b, c, z);
  if (Number.isFinite(direct) && direct > 0) return Math.log(direct);
  const transformed = hyp2f1(c - a, c - b, c, z);
  return (c - a - b) * Math.log1p(-z) + Math.log(transformed);
}
