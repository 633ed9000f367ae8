import { type DistinctColumn, distinctColumn } from './distinct-values.js';
import type { RfmPoint } from './rfm.js';

/**
 * A base prepared for many likelihood evaluations: each column interned, so a log-gamma depends
 * on a distinct x and a log on a distinct t_x or T, not on every customer. Shared by the BG/NBD
 * and MBG/NBD likelihoods.
 */
export class InternedPoints {
  readonly x: DistinctColumn;
  readonly tX: DistinctColumn;
  readonly T: DistinctColumn;
  readonly counts: Float64Array;
  readonly customers: number;

  constructor(points: readonly RfmPoint[]) {
    this.x = distinctColumn(points.map((p) => p.x));
    this.tX = distinctColumn(points.map((p) => p.tX));
    this.T = distinctColumn(points.map((p) => p.T));
    this.counts = Float64Array.from(points, (p) => p.count ?? 1);
    this.customers = this.counts.reduce((sum, count) => sum + count, 0);
  }
}
