import { Query } from '@nestjs/cqrs';
import type { SegmentTotals } from '../segment-totals.js';

export interface SegmentView extends SegmentTotals {
  /** Lower bound of predicted CLV (major units); null for Low, or before any recalculation. */
  minimumPredictedClv: number | null;
  /** Percentile mode: the cumulative share of the base from the top that this segment closes. */
  topShare: number | null;
}

export interface SegmentsView {
  mode: 'percentile' | 'absolute';
  currency: string;
  segments: SegmentView[];
}

export class GetSegmentsQuery extends Query<SegmentsView> {}
