import type { Segment } from '../../../domain/analysis/segments.js';

export interface CustomerLtvDetailView {
  customerId: string;
  currency: string;
  acquisition: { campaignId: string | null; affiliateId: string | null; acquiredAt: string | null };
  /** The purchases counted so far (today included), by the standard summary definitions. */
  transactions: {
    orders: number;
    revenue: number;
    firstPurchaseAt: string | null;
    lastPurchaseAt: string | null;
    repeatPurchases: number;
    recencyWeeks: number;
    ageWeeks: number;
    meanRepeatValue: number;
  };
  /** Average order value x purchase frequency x lifespan (the terms below). */
  historicalClv: number;
  historicalClvTerms: {
    averageOrderValue: number;
    purchaseFrequencyPerYear: number;
    lifespanYears: number;
  };
  /** From the newest fit; null when the customer was not part of it (new, or another currency). */
  predictedClv: number | null;
  expectedPurchases: number | null;
  probabilityAlive: number | null;
  expectedAverageValue: number | null;
  horizonMonths: number | null;
  predictionsAsOf: string | null;
  segment: Segment | null;
  segmentHistory: { from: Segment | null; to: Segment | null; at: string }[];
  warnings: string[];
}
