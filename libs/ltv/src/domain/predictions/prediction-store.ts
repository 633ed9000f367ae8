import type { BoundedSegment, Segment, SegmentRule } from '../analysis/segments.js';
import type { CustomerPrediction } from './customer-prediction.js';
import type { ModelFitRecord } from './model-fit-record.js';
import type { StoredSegmentRule } from './segment-rule-store.js';

/** A customer whose segment changes; null: no segment (withheld, or a new customer). */
export interface SegmentMove {
  customerId: string;
  from: Segment | null;
  to: Segment | null;
}

/** A customer's predicted value and current segment, for cutting segments anew. */
export interface RankedPrediction {
  customerId: string;
  predictedClvMinor: number;
  segment: Segment | null;
}

/** The reads and writes of one recalculation or resegmentation, in one transaction. */
export interface PredictionSession {
  segmentRule(): Promise<StoredSegmentRule>;
  /** Each customer's current segment. */
  currentSegments(): Promise<Map<string, Segment | null>>;
  /** Highest value first, ties by customer id: the same ranking every time for percentile cuts. */
  ranking(): Promise<RankedPrediction[]>;
  /**
   * Stores the fit and replaces every prediction with these; records a transition for each
   * customer whose segment differs from `previous`. Returns how many moved.
   */
  replace(
    fit: ModelFitRecord,
    predictions: readonly CustomerPrediction[],
    previous: ReadonlyMap<string, Segment | null>,
  ): Promise<number>;
  /** Moves customers to new segments without a refit (new thresholds), with their transitions. */
  resegment(moves: readonly SegmentMove[], at: Date): Promise<void>;
  /**
   * Stores the rule; `observed` are the lowest values that made each segment when a percentile
   * rule was last applied (shown as its thresholds).
   */
  saveSegmentRule(
    rule: SegmentRule,
    currency: string,
    observed: Record<BoundedSegment, number | null>,
    now: Date,
  ): Promise<void>;
  recordDuration(fitId: string, totalMs: number): Promise<void>;
}

/**
 * Where fits, predictions, segment transitions and the segment rule are kept. A session's work
 * commits together, so readers see the old fit or the new one, never a mix. An abstract class,
 * so it doubles as the DI token.
 */
export abstract class PredictionStore {
  abstract run<T>(work: (session: PredictionSession) => Promise<T>): Promise<T>;
}
