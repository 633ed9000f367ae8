import {
  type ChurnFeatures,
  type ChurnModel,
  type ChurnPrediction,
  type PurchaseOutlookInput,
  predictChurn,
} from './churn/churn-model.js';
import { type EngagementProfile, engagementProfile, isKnown } from './engagement-profile.js';
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

/** A customer's history: events per day, and the days LTV knows a purchase on. */
export interface CustomerHistory {
  activity: readonly DailyActivity[];
  purchaseDays: readonly number[];
}

/** Where LTV's purchase model stands on a buyer, as of the day assessed. */
export interface BuyerOutlook {
  probabilityNoPurchase: number;
  ifBoughtToday: number;
  asNewBuyer: number;
}

/** What the history says as of a day: the profile, the score and the churn model's features. */
export interface CustomerState {
  profile: EngagementProfile;
  score: ScoreBreakdown;
  features: ChurnFeatures;
}

/** The customer as of `day`; null when they had done nothing of their own by then. */
export function customerStateAt(
  history: CustomerHistory,
  day: number,
  halfLifeDays: number,
): CustomerState | null {
  const profile = engagementProfile(history.activity, day, history.purchaseDays);
  if (!isKnown(profile)) return null;
  const score = engagementScore(history.activity, day, halfLifeDays);
  return {
    profile,
    score,
    features: {
      daysSinceLastActivity: Math.max(0, day - profile.lastActivityDay),
      activeDaysLast30: profile.activeDaysLast30,
      engagementScore: score.score,
    },
  };
}

/**
 * One customer's engagement, churn risk and segment as of `today`, from the history up to it
 * and, for a buyer while LTV's purchase model can be used, that model's outlook. Null when
 * the customer had done nothing by `today`.
 */
export function assessCustomer(
  history: CustomerHistory,
  today: number,
  model: ChurnModel,
  outlook: BuyerOutlook | null,
  settings: AssessmentSettings,
): CustomerAssessment | null {
  const state = customerStateAt(history, today, settings.halfLifeDays);
  if (!state) return null;
  const { profile, score, features } = state;
  const daysSinceLastActivity = features.daysSinceLastActivity;
  const churn = predictChurn(model, features, purchaseInput(profile, today, outlook));
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

export function purchaseInput(
  profile: EngagementProfile,
  today: number,
  outlook: BuyerOutlook | null,
): PurchaseOutlookInput | null {
  if (!outlook || profile.lastPurchaseDay === null) return null;
  return {
    ...outlook,
    daysSinceLastPurchase: today - profile.lastPurchaseDay,
    purchaseDays: profile.purchaseDays,
  };
}

export const DAY_MS = 86_400_000;
export const dayOf = (instant: Date) => Math.floor(instant.getTime() / DAY_MS);
