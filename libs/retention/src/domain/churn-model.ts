import { round } from './engagement-score.js';

/**
 * Churn probability, 0..1.
 *
 * Behaviour alone (every customer): a logistic model of recency, frequency and engagement,
 *   z = -1.0 + 0.45 * (daysSinceLastActivity / 7) - 0.8 * ln(1 + activeDaysLast30) - 2.0 * (score / 100)
 *   p_behaviour = 1 / (1 + e^-z)
 * so each silent week multiplies the odds of churn by e^0.45 ~ 1.6, while frequent visits and a
 * high engagement score lower them. A customer seen today, on 10 days of the month, scoring 70
 * gets ~ 0.02; one silent for a month with a score of 5 gets ~ 0.7, silent for 45 days ~ 0.87.
 *
 * With a purchase history (the LTV context has a P(alive) for them): the BG/NBD model already
 * knows how their buying rhythm turns silence into risk, so it weighs more:
 *   p = 0.6 * (1 - P(alive)) + 0.4 * p_behaviour
 *
 * Every term is reported as a factor, with the part of z (or of p) it contributed, so the
 * drivers of a prediction can be shown to the user.
 */
export const CHURN_COEFFICIENTS = {
  intercept: -1.0,
  perWeekInactive: 0.45,
  logFrequency: -0.8,
  engagement: -2.0,
  lifetimeWeight: 0.6,
} as const;

export interface ChurnInputs {
  daysSinceLastActivity: number;
  activeDaysLast30: number;
  engagementScore: number;
  /** From LTV's published query; null when the customer has no purchase history there. */
  probabilityAlive: number | null;
}

export interface ChurnFactor {
  factor: 'recency' | 'frequency' | 'engagement' | 'probability_alive';
  value: number;
  /** Contribution to the logit (behaviour factors) or to the probability (P(alive)). */
  contribution: number;
  /** True when the factor pushes towards churn. */
  raisesRisk: boolean;
}

export interface ChurnPrediction {
  churnProbability: number;
  behaviourProbability: number;
  basis: 'behaviour' | 'behaviour_and_purchases';
  factors: ChurnFactor[];
}

export function predictChurn(input: ChurnInputs): ChurnPrediction {
  const c = CHURN_COEFFICIENTS;
  const recency = c.perWeekInactive * (Math.max(0, input.daysSinceLastActivity) / 7);
  const frequency = c.logFrequency * Math.log1p(input.activeDaysLast30);
  const engagement = c.engagement * (input.engagementScore / 100);
  const behaviour = 1 / (1 + Math.exp(-(c.intercept + recency + frequency + engagement)));
  const factors: ChurnFactor[] = [
    factor('recency', input.daysSinceLastActivity, recency),
    factor('frequency', input.activeDaysLast30, frequency),
    factor('engagement', input.engagementScore, engagement),
  ];
  if (input.probabilityAlive === null) {
    return {
      churnProbability: round(behaviour, 4),
      behaviourProbability: round(behaviour, 4),
      basis: 'behaviour',
      factors: sortByWeight(factors),
    };
  }
  const lifetime = c.lifetimeWeight * (1 - input.probabilityAlive);
  const probability = lifetime + (1 - c.lifetimeWeight) * behaviour;
  factors.push({
    factor: 'probability_alive',
    value: round(input.probabilityAlive, 4),
    contribution: round(lifetime, 4),
    raisesRisk: input.probabilityAlive < 0.5,
  });
  return {
    churnProbability: round(probability, 4),
    behaviourProbability: round(behaviour, 4),
    basis: 'behaviour_and_purchases',
    factors: sortByWeight(factors),
  };
}

function factor(name: ChurnFactor['factor'], value: number, contribution: number): ChurnFactor {
  return {
    factor: name,
    value: round(value, 2),
    contribution: round(contribution, 4),
    raisesRisk: contribution > 0,
  };
}

/** The strongest drivers first, whichever way they push. */
const sortByWeight = (factors: ChurnFactor[]) =>
  factors.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
