export interface PerformanceCounts {
  impressions: number;
  clicks: number;
  uniqueClicks: number;
  conversions: number;
  /** Minor units of one currency, like costMinor. */
  revenueMinor: number;
  costMinor: number;
}

/** Each ratio is null when its denominator is 0: "no data", which 0 would misreport. */
export interface PerformanceMetrics {
  /** Click-through rate: clicks / impressions. */
  ctr: number | null;
  /** Conversion rate: conversions / unique clicks. */
  cr: number | null;
  /** Earnings per click, in minor units of the revenue currency (e.g. cents): revenue / clicks. */
  epc: number | null;
  /** Return on investment: (revenue - cost) / cost; 0.5 is a 50 % return. */
  roi: number | null;
}

/**
 * The standard performance ratios, as fractions (0.05, not 5 %), unrounded: presentation rounds.
 * CR divides by unique clicks, not all clicks: a visitor who clicks three times and converts
 * once is one person who converted, and counting duplicates would make a campaign whose links
 * get re-clicked look worse than it converts.
 */
export function performanceMetrics(counts: PerformanceCounts): PerformanceMetrics {
  return {
    ctr: ratio(counts.clicks, counts.impressions),
    cr: ratio(counts.conversions, counts.uniqueClicks),
    epc: ratio(counts.revenueMinor, counts.clicks),
    roi: ratio(counts.revenueMinor - counts.costMinor, counts.costMinor),
  };
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
