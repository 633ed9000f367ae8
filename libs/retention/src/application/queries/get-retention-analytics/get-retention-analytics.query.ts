import { Query } from '@nestjs/cqrs';

export interface RetentionAnalyticsView {
  asOf: string;
  /** From the latest recalculation (churn_predictions). */
  customers: number;
  riskDistribution: { riskLevel: string; customers: number; share: number }[];
  segments: { segment: string; customers: number }[];
  /** N-day retention by acquisition cohort (month of first activity). */
  cohortRetention: {
    days: number;
    cohorts: {
      cohort: string;
      customers: number;
      eligible: number;
      retained: number;
      rate: number | null;
    }[];
  };
  /** Churn by 30-day period, newest first. */
  churnOverTime: {
    periodStart: string;
    periodEnd: string;
    activeBefore: number;
    churned: number;
    churnRate: number | null;
  }[];
}

export class GetRetentionAnalyticsQuery extends Query<RetentionAnalyticsView> {
  constructor(
    readonly days: number,
    readonly periods: number,
  ) {
    super();
  }
}
