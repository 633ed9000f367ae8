import type { Segment } from '../analysis/segments.js';

/** A customer's summary and predictions from one fit. */
export interface CustomerPrediction {
  customerId: string;
  fitId: string;
  repeatPurchases: number;
  recencyDays: number;
  ageDays: number;
  orders: number;
  revenueMinor: number;
  meanRepeatValue: number;
  expectedPurchases: number;
  probabilityAlive: number;
  expectedAverageValue: number;
  predictedClvMinor: number;
  /** Null when segments were withheld (see ModelFitRecord.segmentsWithheld). */
  segment: Segment | null;
}
