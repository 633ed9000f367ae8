import type { FunnelCounts, FunnelRates } from '../../../domain/funnel.js';

export interface FunnelView extends FunnelCounts {
  rates: FunnelRates;
}

export interface LeadAnalyticsView {
  formId: string | null;
  from: string | null;
  to: string | null;
  funnel: FunnelView;
  byForm: (FunnelView & { formId: string; formName: string | null })[];
  byUtmSource: (FunnelView & { utmSource: string | null })[];
  byCampaign: (FunnelView & { campaignId: string | null })[];
  /** Spam submissions per reason; one submission may have several. */
  spamReasons: Record<string, number>;
  scoreDistribution: {
    ranges: { from: number; to: number; count: number }[];
    grades: Record<string, number>;
  };
}
