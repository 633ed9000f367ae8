import type { Segment } from '../../../domain/analysis/segments.js';
import type { LtvModelView } from '../ltv-model.view.js';
import type { SegmentTotals } from '../segment-totals.js';

export interface CohortView {
  cohort: string;
  customers: number;
  revenue: number;
  periods: {
    offset: number;
    period: string;
    activeCustomers: number;
    purchasingShare: number;
    revenue: number;
    cumulativeRevenuePerCustomer: number;
  }[];
}

export interface TopCustomerView {
  customerId: string;
  predictedClv: number;
  expectedPurchases: number;
  probabilityAlive: number;
  segment: Segment | null;
  orders: number;
  revenue: number;
}

export interface LtvAnalysisView {
  currency: string;
  asOf: string;
  summary: {
    customers: number;
    revenue: number;
    averagePredictedClv: number | null;
    medianPredictedClv: number | null;
    dataSpan: { from: string | null; to: string; days: number };
  };
  model: LtvModelView | null;
  warnings: string[];
  period: 'month' | 'quarter';
  cohorts: CohortView[];
  segments: SegmentTotals[];
  topCustomers: TopCustomerView[];
}
