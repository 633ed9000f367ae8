import { type ChurnPrediction, predictChurn } from './churn-model.js';
import { type EngagementProfile, engagementProfile } from './engagement-profile.js';
import { type DailyActivity, type ScoreBreakdown, engagementScore } from './engagement-score.js';
import { type RiskLevel, type RiskThresholds, riskLevel } from './risk-level.js';
import { type RetentionSegment, segmentOf } from './segment.js';

export interface AssessmentSettings {
  halfLifeDays: number;
  riskThresholds: RiskThresholds;
}

export interface CustomerAssessment {
  profile: EngagementProfile;
  score: ScoreBreakdown;
  churn: ChurnPrediction;
  riskLevel: RiskLevel;
  segment: RetentionSegment;
}

/** One customer's engagement, churn risk and segment from their daily activity, as of `today`. */
export function assessCustomer(
  activity: readonly DailyActivity[],
  today: number,
  probabilityAlive: number | null,
  settings: AssessmentSettings,
): CustomerAssessment {
  const profile = engagementProfile(activity, today);
  const score = engagementScore(activity, today, settings.halfLifeDays);
  const daysSinceLastActivity = Math.max(0, today - profile.lastActivityDay);
  const churn = predictChurn({
    daysSinceLastActivity,
    activeDaysLast30: profile.activeDaysLast30,
    engagementScore: score.score,
    probabilityAlive,
  });
  const segment = segmentOf({
    daysSinceFirstActivity: Math.max(0, today - profile.firstActivityDay),
    daysSinceLastActivity,
    activeDaysLast30: profile.activeDaysLast30,
    engagementScore: score.score,
    churnProbability: churn.churnProbability,
  });
  return {
    profile,
    score,
    churn,
    riskLevel: riskLevel(churn.churnProbability, settings.riskThresholds),
    segment,
  };
}

export const DAY_MS = 86_400_000;
export const dayOf = (instant: Date) => Math.floor(instant.getTime() / DAY_MS);
