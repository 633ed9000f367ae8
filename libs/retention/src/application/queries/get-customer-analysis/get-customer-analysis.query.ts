import { Query } from '@nestjs/cqrs';
import type { ChurnFactor } from '../../../domain/churn/churn-model.js';
import type { CustomerChurnModelView } from './churn-model-of-customer.js';
import type { ScoreBreakdown } from '../../../domain/engagement-score.js';
import type { NextBestAction } from '../../../domain/next-best-action.js';

export interface CustomerAnalysisView {
  customerId: string;
  asOf: string;
  profile: {
    sessions: number;
    clicks: number;
    conversions: number;
    events: number;
    totalSessionSeconds: number;
    averageSessionSeconds: number;
    activeDaysLast30: number;
    purchaseDays: number;
    lastPurchaseAt: string | null;
    firstActivityAt: string;
    lastActivityAt: string;
  };
  engagementScore: number;
  scoreBreakdown: ScoreBreakdown;
  segment: string;
  churnProbability: number;
  riskLevel: string;
  basis: string;
  churnModel: CustomerChurnModelView;
  drivers: ChurnFactor[];
  ltv: { probabilityAlive: number; predictedClv: number; currency: string } | null;
  campaigns: {
    campaignId: string;
    name: string;
    status: string;
    group: string;
    enrolledAt: string;
    message: {
      status: string;
      sentAt: string | null;
      openedAt: string | null;
      clickedAt: string | null;
      convertedAt: string | null;
    } | null;
  }[];
  nextBestAction: NextBestAction;
}

/** One customer's engagement and churn risk, assessed live (not from the last recalculation). */
export class GetCustomerAnalysisQuery extends Query<CustomerAnalysisView> {
  constructor(readonly customerId: string) {
    super();
  }
}
