import type { RiskLevel } from './risk-level.js';
import type { RetentionSegment } from './segment.js';

export interface NextBestAction {
  action:
    | 'win_back_offer'
    | 'personal_outreach'
    | 'retention_offer'
    | 're_engagement_content'
    | 'onboarding'
    | 'upsell'
    | 'wait_for_campaign';
  reason: string;
}

/**
 * What to do next, by rules a retention manager would apply by hand: never pile on a customer
 * already in a running campaign; spend the most (a person) on valuable customers at high risk;
 * offers for risk, content for low engagement, upsell for the healthy.
 */
export function nextBestAction(input: {
  segment: RetentionSegment;
  riskLevel: RiskLevel;
  predictedClv: number | null;
  inRunningCampaign: boolean;
}): NextBestAction {
  if (input.inRunningCampaign)
    return {
      action: 'wait_for_campaign',
      reason: 'Already enrolled in a running retention campaign; let it work.',
    };
  if (input.segment === 'Churned')
    return {
      action: 'win_back_offer',
      reason: 'Inactive for long: only a strong offer tends to bring them back.',
    };
  const highRisk = input.riskLevel === 'high' || input.riskLevel === 'critical';
  if (highRisk && (input.predictedClv ?? 0) >= 500)
    return {
      action: 'personal_outreach',
      reason: 'High churn risk and a high predicted value: worth a personal contact.',
    };
  if (highRisk)
    return { action: 'retention_offer', reason: 'High churn risk: an incentive to come back.' };
  // At-Risk by silence alone (21 days without activity) while the model still rates the
  // risk low or medium: the offer stands, and the reason says which signal called for it.
  if (input.segment === 'At-Risk')
    return {
      action: 'retention_offer',
      reason: `Silent for three weeks or more, though its churn risk is ${input.riskLevel}: an incentive to come back.`,
    };
  if (input.segment === 'New')
    return { action: 'onboarding', reason: 'New customer: help them find value early.' };
  if (input.segment === 'Low Engagement' || input.riskLevel === 'medium')
    return {
      action: 're_engagement_content',
      reason: 'Engagement is low: relevant content before any discount.',
    };
  return {
    action: 'upsell',
    reason: 'Engaged and at low risk: a good moment to grow the relationship.',
  };
}
