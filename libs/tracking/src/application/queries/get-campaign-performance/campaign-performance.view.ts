import { Money } from '@app/kernel';
import { performanceMetrics } from '../../../domain/metrics.js';

/** The traffic a rollup counts, the same counters in every report. */
export interface TrafficCounts {
  impressions: number;
  clicks: number;
  /** Clicks sent to the offer, a visitor's repeats included: EPC's denominator. */
  offerClicks: number;
  uniqueClicks: number;
  botClicks: number;
  blockedClicks: number;
  conversions: number;
  /** Conversions reported on safe-page clicks: rejected or held for review, never approved. */
  fraudulentConversions: number;
  /** Unique clicks with at least one approved conversion. */
  convertedClicks: number;
}

/** Sums of hourly counters; money in minor units of the campaign's payout currency. */
export interface PerformanceCounters extends TrafficCounts {
  revenueMinor: number;
  payoutMinor: number;
}

/** Money and the ratios that divide money, in major units of one currency. */
export interface MoneyFiguresView {
  revenue: number;
  cost: number;
  profit: number;
  /** Revenue per click that reached the offer, in major units. */
  epc: number | null;
  roi: number | null;
}

/** Counters and ratios as the API shows them: money in major units of the campaign's currency. */
export interface PerformanceTotalsView extends TrafficCounts, MoneyFiguresView {
  ctr: number | null;
  cr: number | null;
  conversionsPerClick: number | null;
}

export interface AffiliatePerformanceView extends PerformanceTotalsView {
  /** null for traffic that came without an affiliate. */
  affiliateId: string | null;
}

export interface CampaignPerformanceView extends PerformanceTotalsView {
  campaignId: string;
  currency: string;
  /** The hour-aligned bounds actually applied (from inclusive, to exclusive); null: open. */
  from: string | null;
  to: string | null;
  byAffiliate: AffiliatePerformanceView[];
}

export const NO_COUNTS: PerformanceCounters = {
  impressions: 0,
  clicks: 0,
  offerClicks: 0,
  uniqueClicks: 0,
  botClicks: 0,
  blockedClicks: 0,
  conversions: 0,
  fraudulentConversions: 0,
  convertedClicks: 0,
  revenueMinor: 0,
  payoutMinor: 0,
};

export function addCounters(a: PerformanceCounters, b: PerformanceCounters): PerformanceCounters {
  const sum = { ...a };
  for (const key of Object.keys(NO_COUNTS) as (keyof PerformanceCounters)[]) sum[key] += b[key];
  return sum;
}

/** The traffic counters of `counts`, without its money. */
export function trafficCountsOf(counts: TrafficCounts): TrafficCounts {
  const { impressions, clicks, offerClicks, uniqueClicks, botClicks, blockedClicks } = counts;
  const { conversions, fraudulentConversions, convertedClicks } = counts;
  return {
    impressions,
    clicks,
    offerClicks,
    uniqueClicks,
    botClicks,
    blockedClicks,
    conversions,
    fraudulentConversions,
    convertedClicks,
  };
}

export function toTotalsView(counts: PerformanceCounters, currency: string): PerformanceTotalsView {
  const major = (minor: number) => Money.ofMinor(minor, currency).toDecimal();
  const metrics = performanceMetrics({ ...counts, costMinor: counts.payoutMinor });
  return {
    ...trafficCountsOf(counts),
    revenue: major(counts.revenueMinor),
    cost: major(counts.payoutMinor),
    profit: major(counts.revenueMinor - counts.payoutMinor),
    ctr: metrics.ctr,
    cr: metrics.cr,
    conversionsPerClick: metrics.conversionsPerClick,
    // performanceMetrics answers in minor units; a fraction of a cent is no Money, so divide.
    epc: metrics.epc === null ? null : metrics.epc / 10 ** Money.minorDigits(currency),
    roi: metrics.roi,
  };
}
