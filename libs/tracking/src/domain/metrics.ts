export interface PerformanceCounts {
  impressions: number;
  /** Every click, bots, blocked and safe-page traffic included. */
  clicks: number;
  /** Clicks sent to the offer, a visitor's repeats included (never a bot's or blocked). */
  offerClicks: number;
  /** A visitor's first click in 24 hours that reached the offer (never a bot's or blocked). */
  uniqueClicks: number;
  /** Unique clicks with at least one approved conversion. */
  convertedClicks: number;
  /** Approved conversions. */
  conversions: number;
  /** Minor units of one currency, like costMinor. */
  revenueMinor: number;
  costMinor: number;
}

/** Each ratio is null when its denominator is 0: "no data", which 0 would misreport. */
export interface PerformanceMetrics {
  /** Click-through rate: clicks / impressions. */
  ctr: number | null;
  /** Conversion rate: converting unique clicks / unique clicks; from 0 to 1. */
  cr: number | null;
  /** Approved conversions / unique clicks: above 1 when clicks convert several times. */
  conversionsPerClick: number | null;
  /** Earnings per click, in minor units of the revenue currency (e.g. cents): revenue / offer clicks. */
  epc: number | null;
  /** Return on investment: (revenue - cost) / cost; 0.5 is a 50 % return. */
  roi: number | null;
}

/**
 * The standard performance ratios, as fractions (0.05, not 5 %), unrounded: presentation rounds.
 * The one place their formulas live; every report (campaign performance, traffic stats, the
 * analytics overview) calls this.
 *
 * CR and conversions per click divide by unique clicks: clicks that reached the offer as a
 * visitor's first in 24 hours. Bots, blocked and safe-page clicks never had a chance to
 * convert, and a visitor re-clicking a link is still one person, so counting either would make
 * a campaign look worse than it converts. CR counts a click once however many conversions it
 * brought (so it is a share of visitors, at most 1); conversions per click counts them all.
 *
 * EPC divides by every click that reached the offer: what the affiliate earns per click it
 * sends. A visitor's repeat visit is still traffic the affiliate sent to the offer (and can
 * earn), so leaving it out would overstate what one more click is worth; bots, blocked and
 * safe-page clicks are still left out, so they never dilute it.
 */
export function performanceMetrics(counts: PerformanceCounts): PerformanceMetrics {
  return {
    ctr: ratio(counts.clicks, counts.impressions),
    cr: ratio(counts.convertedClicks, counts.uniqueClicks),
    conversionsPerClick: ratio(counts.conversions, counts.uniqueClicks),
    epc: ratio(counts.revenueMinor, counts.offerClicks),
    roi: ratio(counts.revenueMinor - counts.costMinor, counts.costMinor),
  };
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
