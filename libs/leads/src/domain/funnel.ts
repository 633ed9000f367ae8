/** The counts of the lead funnel over some submissions. */
export interface FunnelCounts {
  submissions: number;
  /** Accepted: made a lead or added to one. */
  valid: number;
  /** Broke the form's rules (422). */
  invalid: number;
  /** Honeypot, content rules or rate limit. */
  spam: number;
  /** Valid, but added to an existing lead. */
  duplicates: number;
  /** New leads: valid and not duplicates. */
  leads: number;
  /** Of those leads, how many score at least the qualified threshold, the hot one, are converted. */
  qualified: number;
  hot: number;
  converted: number;
}

/**
 * Each step as a share of the step it comes from (null when that step is 0):
 * valid, invalid and spam of submissions; duplicates and leads of valid; qualified of leads;
 * hot of qualified; converted of leads.
 */
export interface FunnelRates {
  valid: number | null;
  invalid: number | null;
  spam: number | null;
  duplicates: number | null;
  leads: number | null;
  qualified: number | null;
  hot: number | null;
  converted: number | null;
}

export const EMPTY_FUNNEL: FunnelCounts = {
  submissions: 0,
  valid: 0,
  invalid: 0,
  spam: 0,
  duplicates: 0,
  leads: 0,
  qualified: 0,
  hot: 0,
  converted: 0,
};

const share = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;

export function funnelRates(c: FunnelCounts): FunnelRates {
  return {
    valid: share(c.valid, c.submissions),
    invalid: share(c.invalid, c.submissions),
    spam: share(c.spam, c.submissions),
    duplicates: share(c.duplicates, c.valid),
    leads: share(c.leads, c.valid),
    qualified: share(c.qualified, c.leads),
    hot: share(c.hot, c.qualified),
    converted: share(c.converted, c.leads),
  };
}

export function addFunnels(a: FunnelCounts, b: FunnelCounts): FunnelCounts {
  const sum = { ...a };
  for (const key of Object.keys(sum) as (keyof FunnelCounts)[]) sum[key] += b[key];
  return sum;
}

/** Leads by score: ten ranges of ten points (the last, 90..100, holds 100 too). */
export function scoreRanges(scores: ReadonlyMap<number, number>) {
  const ranges = Array.from({ length: 10 }, (_, index) => ({
    from: index * 10,
    to: index === 9 ? 100 : index * 10 + 9,
    count: 0,
  }));
  for (const [score, count] of scores) ranges[Math.min(9, Math.floor(score / 10))].count += count;
  return ranges;
}
