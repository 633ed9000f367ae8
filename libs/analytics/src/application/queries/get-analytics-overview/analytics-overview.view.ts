import type { FunnelView } from '@app/leads';
import type { LtvPeriodSummaryView } from '@app/ltv';
import type { TrafficGrouping, TrafficRowView, TrafficTotalsView } from '@app/tracking';

export interface AnalyticsOverviewView {
  /** The hour-aligned period applied: from inclusive, to exclusive. */
  from: string;
  to: string;
  groupBy: TrafficGrouping;
  campaignId: string | null;
  affiliateId: string | null;
  totals: TrafficTotalsView;
  rows: TrafficRowView[];
  /** The lead funnel of the period (of the campaign when one is named); absent for partners. */
  leads?: FunnelView;
  /** The period's purchases; absent for partners. */
  ltv?: LtvPeriodSummaryView;
}
