import { ValidationError } from '@app/kernel';

/** Segments by predicted CLV, best first. */
export const SEGMENTS = ['VIP', 'High', 'Medium', 'Low'] as const;
export type Segment = (typeof SEGMENTS)[number];
/** The segments that have a lower bound; Low holds everyone below Medium's. */
export type BoundedSegment = Exclude<Segment, 'Low'>;
export const BOUNDED_SEGMENTS: readonly BoundedSegment[] = ['VIP', 'High', 'Medium'];

/**
 * How customers are put into segments. `percentile`: by rank in the base, the top `share`s
 * (cumulative from the top: VIP 5 %, VIP + High 20 %, VIP + High + Medium 50 %). `absolute`:
 * by lower bounds on predicted CLV, in minor units of the reporting currency.
 */
export type SegmentRule =
  | { mode: 'percentile'; topShares: Record<BoundedSegment, number> }
  | { mode: 'absolute'; minimumMinor: Record<BoundedSegment, number> };

export const DEFAULT_SEGMENT_RULE: SegmentRule = {
  mode: 'percentile',
  topShares: { VIP: 0.05, High: 0.2, Medium: 0.5 },
};

/** Absolute bounds must fall from VIP to Medium and not be negative. */
export function absoluteRule(minimumMinor: Record<BoundedSegment, number>): SegmentRule {
  const { VIP, High, Medium } = minimumMinor;
  if (!(Medium >= 0 && High > Medium && VIP > High)) {
    throw ValidationError.forField(
      'LTV.INVALID_SEGMENT_THRESHOLDS',
      'thresholds',
      'Thresholds must satisfy VIP > High > Medium >= 0.',
    );
  }
  return { mode: 'absolute', minimumMinor: { VIP, High, Medium } };
}

/** Cumulative shares from the top must rise from VIP to Medium, within (0, 1]. */
export function percentileRule(topShares: Record<BoundedSegment, number>): SegmentRule {
  const { VIP, High, Medium } = topShares;
  if (!(VIP > 0 && High > VIP && Medium > High && Medium <= 1)) {
    throw ValidationError.forField(
      'LTV.INVALID_SEGMENT_THRESHOLDS',
      'thresholds',
      'Percentile shares are cumulative from the top: 0 < VIP < High < Medium <= 1.',
    );
  }
  return { mode: 'percentile', topShares: { VIP, High, Medium } };
}

/**
 * Assigns a segment to every value. Percentile mode ranks the values (highest first; ties keep
 * input order, so callers pass a stable order) and cuts at round(share x N), so the shares hold
 * exactly; absolute mode compares each value with the bounds.
 */
export function assignSegments(valuesMinor: readonly number[], rule: SegmentRule): Segment[] {
  if (rule.mode === 'absolute') {
    const { VIP, High, Medium } = rule.minimumMinor;
    return valuesMinor.map((v) =>
      v >= VIP ? 'VIP' : v >= High ? 'High' : v >= Medium ? 'Medium' : 'Low',
    );
  }
  const n = valuesMinor.length;
  const cuts = BOUNDED_SEGMENTS.map((segment) => Math.round(rule.topShares[segment] * n));
  const order = valuesMinor
    .map((_, i) => i)
    .sort((p, q) => valuesMinor[q] - valuesMinor[p] || p - q);
  const segments = new Array<Segment>(n);
  order.forEach((customer, rank) => {
    const bucket = cuts.findIndex((cut) => rank < cut);
    segments[customer] = bucket === -1 ? 'Low' : BOUNDED_SEGMENTS[bucket];
  });
  return segments;
}

/** The lowest value in each bounded segment: the thresholds a percentile rule came to. */
export function lowestValues(
  valuesMinor: readonly number[],
  segments: readonly (Segment | null)[],
): Record<BoundedSegment, number | null> {
  const lowest: Record<BoundedSegment, number | null> = { VIP: null, High: null, Medium: null };
  segments.forEach((segment, i) => {
    if (segment === null || segment === 'Low') return;
    const current = lowest[segment];
    if (current === null || valuesMinor[i] < current) lowest[segment] = valuesMinor[i];
  });
  return lowest;
}

/** Ranking fewer customers than this into four segments says nothing about any of them. */
export const MIN_SEGMENTED_CUSTOMERS = 10;

/**
 * Segments, unless they would mean nothing: too few customers, or values all equal (all zero
 * from a degenerate fit, say), where a percentile cut would hand out VIP by input order. Then no
 * customer gets one, and the reason says why.
 */
export function segmentsFor(
  valuesMinor: readonly number[],
  rule: SegmentRule,
): { segments: (Segment | null)[]; withheld: string | null } {
  const none = (withheld: string) => ({ segments: valuesMinor.map(() => null), withheld });
  if (valuesMinor.length < MIN_SEGMENTED_CUSTOMERS) {
    return none(
      `Segments need at least ${MIN_SEGMENTED_CUSTOMERS} customers; the base has ${valuesMinor.length}.`,
    );
  }
  if (valuesMinor.every((v) => v === valuesMinor[0])) {
    return none('Every predicted CLV is the same, so no ranking can tell the customers apart.');
  }
  return { segments: assignSegments(valuesMinor, rule), withheld: null };
}
