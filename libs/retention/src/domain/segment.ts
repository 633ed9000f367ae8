export const SEGMENTS = ['New', 'Active', 'At-Risk', 'Low Engagement', 'Churned'] as const;
export type RetentionSegment = (typeof SEGMENTS)[number];

/**
 * The segment rules, first match wins:
 * 1. Churned: no activity for 60 days or more, or a churn probability of 0.9 or more.
 * 2. New: first seen less than 14 days ago (too little history to judge otherwise).
 * 3. At-Risk: churn probability of 0.5 or more (high or critical risk at the default
 *    thresholds), or silent for 21 days or more.
 * 4. Low Engagement: engagement score under 30, or active on fewer than 2 of the last 30 days.
 * 5. Active: everyone else.
 */
export const SEGMENT_RULES = {
  churnedAfterDays: 60,
  churnedProbability: 0.9,
  newForDays: 14,
  atRiskProbability: 0.5,
  atRiskAfterDays: 21,
  lowEngagementScore: 30,
  lowEngagementActiveDays: 2,
} as const;

export interface SegmentInputs {
  daysSinceFirstActivity: number;
  daysSinceLastActivity: number;
  activeDaysLast30: number;
  engagementScore: number;
  churnProbability: number;
}

export function segmentOf(input: SegmentInputs): RetentionSegment {
  const r = SEGMENT_RULES;
  if (
    input.daysSinceLastActivity >= r.churnedAfterDays ||
    input.churnProbability >= r.churnedProbability
  ) {
    return 'Churned';
  }
  if (input.daysSinceFirstActivity < r.newForDays) return 'New';
  if (
    input.churnProbability >= r.atRiskProbability ||
    input.daysSinceLastActivity >= r.atRiskAfterDays
  ) {
    return 'At-Risk';
  }
  if (
    input.engagementScore < r.lowEngagementScore ||
    input.activeDaysLast30 < r.lowEngagementActiveDays
  ) {
    return 'Low Engagement';
  }
  return 'Active';
}
