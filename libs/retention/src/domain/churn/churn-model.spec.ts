import { describe, expect, it } from 'vitest';
import { riskLevel } from '../risk-level.js';
import {
  BUYER_PRIORS,
  type ChurnModel,
  predictChurn,
  priors,
  VISITOR_PRIORS,
} from './churn-model.js';
import { logit } from './logistic-regression.js';

const model: ChurnModel = {
  horizonDays: 90,
  asOfDay: 20_000,
  purchaseModel: {
    method: 'bg-nbd',
    reason: null,
    params: { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 },
  },
  buyers: priors(BUYER_PRIORS, 'test'),
  visitors: priors(VISITOR_PRIORS, 'test'),
};
const engaged = { daysSinceLastActivity: 1, activeDaysLast30: 10, engagementScore: 70 };
const silent = { daysSinceLastActivity: 30, activeDaysLast30: 0, engagementScore: 5 };

describe('churn model', () => {
  it('rates visitors by the documented priors: z = -1 + 0.45 w - 0.8 ln(1 + d) - 2 s / 100', () => {
    const z = -1 + 0.45 * (30 / 7) - 0.8 * Math.log(1) - 2 * 0.05;
    expect(predictChurn(model, silent, null).churnProbability).toBeCloseTo(
      1 / (1 + Math.exp(-z)),
      4,
    );
    expect(predictChurn(model, engaged, null).churnProbability).toBeLessThan(0.05);
    expect(predictChurn(model, silent, null).basis).toBe('visitors-priors');
  });

  it('grows with every silent week', () => {
    const p = [0, 7, 14, 28].map(
      (d) => predictChurn(model, { ...silent, daysSinceLastActivity: d }, null).churnProbability,
    );
    expect(p).toEqual([...p].sort((a, b) => a - b));
  });

  it("takes a buyer's probability from the purchase model under the buyers' priors", () => {
    const purchase = {
      probabilityNoPurchase: 0.83,
      ifBoughtToday: 0.6,
      asNewBuyer: 0.6,
      daysSinceLastPurchase: 200,
      purchaseDays: 1,
    };
    const prediction = predictChurn(model, engaged, purchase);
    expect(prediction.churnProbability).toBeCloseTo(0.83, 4);
    expect(prediction.population).toBe('buyers');
    // The purchase model's logit in parts that add up: baseline, repeat purchases, silence.
    const byName = Object.fromEntries(prediction.factors.map((f) => [f.factor, f]));
    expect(byName.purchase_outlook).toMatchObject({ value: 0.83, raisesRisk: true });
    expect(byName.purchase_outlook.contribution).toBeCloseTo(logit(0.6), 4);
    expect(byName.purchase_frequency.contribution).toBe(0);
    expect(byName.purchase_recency).toMatchObject({ value: 200, raisesRisk: true });
    expect(byName.purchase_recency.contribution).toBeCloseTo(logit(0.83) - logit(0.6), 4);
  });

  it("moves a buyer's probability by a fitted correction in logits", () => {
    const fitted: ChurnModel = {
      ...model,
      buyers: { coefficients: [0.5, 0, 0, -1], basis: 'fitted', reason: null, trainedOn: null },
    };
    const purchase = {
      probabilityNoPurchase: 0.6,
      ifBoughtToday: 0.5,
      asNewBuyer: 0.7,
      daysSinceLastPurchase: 20,
      purchaseDays: 3,
    };
    const z = logit(0.6) + 0.5 - 1 * 0.7;
    const prediction = predictChurn(fitted, engaged, purchase);
    expect(prediction.churnProbability).toBeCloseTo(1 / (1 + Math.exp(-z)), 4);
    expect(prediction.basis).toBe('buyers-fitted');
    expect(prediction.factors).toContainEqual(
      expect.objectContaining({ factor: 'engagement', contribution: -0.7, raisesRisk: false }),
    );
    // Three purchase days lowered the baseline: repeat buying is a driver against churn.
    expect(prediction.factors).toContainEqual(
      expect.objectContaining({ factor: 'purchase_frequency', value: 3, raisesRisk: false }),
    );
    // Every part of the logit is a driver, but for the intercept.
    const sum = prediction.factors.reduce((total, f) => total + f.contribution, 0);
    expect(sum + 0.5).toBeCloseTo(z, 3);
  });

  it('maps probabilities to risk levels by thresholds', () => {
    const t = [0.3, 0.5, 0.7] as const;
    expect([0.1, 0.3, 0.55, 0.7, 0.99].map((p) => riskLevel(p, t))).toEqual([
      'low',
      'medium',
      'high',
      'critical',
      'critical',
    ]);
  });
});
