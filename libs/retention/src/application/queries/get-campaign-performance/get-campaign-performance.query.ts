import { Query } from '@nestjs/cqrs';

export interface GroupRetentionView {
  /** Enrolments whose 30-day window has ended. */
  customers: number;
  retained: number;
  /** retained / customers; null while no window has ended. */
  rate: number | null;
}

export interface CampaignPerformanceView {
  campaignId: string;
  status: string;
  enrolled: number;
  treatment: number;
  control: number;
  sent: number;
  failed: number;
  delivered: number;
  opened: number;
  clicked: number;
  converted: number;
  /** Shares of the messages sent; null before any was sent. */
  openRate: number | null;
  clickRate: number | null;
  conversionRate: number | null;
  currency: string;
  revenue: number;
  cost: number;
  /** (revenue - cost) / cost; null while nothing was spent. */
  roi: number | null;
  retention: {
    windowDays: number;
    treatment: GroupRetentionView;
    control: GroupRetentionView;
    /** Treatment rate minus control rate (percentage points / 100); null without both. */
    uplift: number | null;
  };
}

export class GetCampaignPerformanceQuery extends Query<CampaignPerformanceView> {
  constructor(readonly campaignId: string) {
    super();
  }
}
