import { performanceMetrics } from '../../../domain/metrics.js';
import {
  addCounters,
  type MoneyFiguresView,
  NO_COUNTS,
  type PerformanceCounters,
  type TrafficCounts,
  toTotalsView,
  trafficCountsOf,
} from '../get-campaign-performance/campaign-performance.view.js';

export const TRAFFIC_GROUPINGS = [
  'day',
  'hour',
  'campaign',
  'affiliate',
  'country',
  'device',
  'sub1',
] as const;
export type TrafficGrouping = (typeof TRAFFIC_GROUPINGS)[number];

/** The money of the campaigns paid in one currency; ratios over those campaigns' traffic. */
export interface CurrencyTotalsView extends MoneyFiguresView {
  currency: string;
  /** The clicks of these campaigns, every one. */
  clicks: number;
  /** Their clicks that reached the offer, repeats included: EPC's denominator. */
  offerClicks: number;
  /** Their unique clicks: the base of CR and conversions per click. */
  uniqueClicks: number;
}

/** Counts and ratios of a period or a group; money split by currency, never summed across. */
export interface TrafficTotalsView extends TrafficCounts {
  ctr: number | null;
  cr: number | null;
  conversionsPerClick: number | null;
  /** One entry per payout currency with traffic, alphabetical; empty when there was none. */
  money: CurrencyTotalsView[];
}

export interface TrafficRowView extends TrafficTotalsView {
  /** The group: an ISO instant (day, hour), an id, a country code, a device class or a sub1; null when the traffic had none. */
  key: string | null;
}

export interface TrafficStatsView {
  totals: TrafficTotalsView;
  rows: TrafficRowView[];
}

/** Counters of one group, per currency (null: a campaign whose currency is unknown). */
export type CountersByCurrency = Map<string | null, PerformanceCounters>;

/**
 * The counts summed over currencies, with CTR and CR from the sums; money and the ratios that
 * divide money (EPC, ROI) per currency, each computed as tracking's campaign performance does.
 */
export function toTrafficTotals(byCurrency: CountersByCurrency): TrafficTotalsView {
  const all = [...byCurrency.values()].reduce(addCounters, NO_COUNTS);
  const { ctr, cr, conversionsPerClick } = performanceMetrics({
    ...all,
    costMinor: all.payoutMinor,
  });
  const money = [...byCurrency]
    .filter((entry): entry is [string, PerformanceCounters] => entry[0] !== null)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, counts]) => {
      const { revenue, cost, profit, epc, roi } = toTotalsView(counts, currency);
      const { clicks, offerClicks, uniqueClicks } = counts;
      return { currency, clicks, offerClicks, uniqueClicks, revenue, cost, profit, epc, roi };
    });
  return {
    ...trafficCountsOf(all),
    ctr,
    cr,
    conversionsPerClick,
    money,
  };
}

export function addToGroup(
  groups: Map<string | null, CountersByCurrency>,
  key: string | null,
  currency: string | null,
  counts: PerformanceCounters,
): void {
  const byCurrency = groups.get(key) ?? new Map<string | null, PerformanceCounters>();
  byCurrency.set(currency, addCounters(byCurrency.get(currency) ?? NO_COUNTS, counts));
  groups.set(key, byCurrency);
}
