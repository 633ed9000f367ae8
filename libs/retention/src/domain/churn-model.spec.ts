import { describe, expect, it } from 'vitest';
import { predictChurn } from './churn-model.js';
import { riskLevel } from './risk-level.js';

const engaged = {
  daysSinceLastActivity: 1,
  activeDaysLast30: 10,
  engagementScore: 70,
  probabilityAlive: null,
};
const silent = {
  daysSinceLastActivity: 30,
  activeDaysLast30: 0,
  engagementScore: 5,
  probabilityAlive: null,
};

describe('churn model', () => {
  it('rates an engaged customer unlikely and a silent one likely to churn, from behaviour alone', () => {
    expect(predictChurn(engaged).churnProbability).toBeLessThan(0.05);
    expect(predictChurn(silent).churnProbability).toBeGreaterThan(0.65);
    expect(predictChurn(silent).basis).toBe('behaviour');
  });

  it('grows with every silent week', () => {
    const p = [0, 7, 14, 28].map(
      (d) => predictChurn({ ...silent, daysSinceLastActivity: d }).churnProbability,
    );
    expect(p).toEqual([...p].sort((a, b) => a - b));
  });

  it('weighs P(alive) from the purchase history where there is one', () => {
    const dying = predictChurn({ ...engaged, probabilityAlive: 0.1 });
    expect(dying.basis).toBe('behaviour_and_purchases');
    expect(dying.churnProbability).toBeCloseTo(0.6 * 0.9 + 0.4 * dying.behaviourProbability, 4);
    expect(dying.factors).toContainEqual(
      expect.objectContaining({ factor: 'probability_alive', raisesRisk: true }),
    );
    expect(predictChurn({ ...engaged, probabilityAlive: 0.95 }).churnProbability).toBeLessThan(0.1);
  });

  it('lists recency as the driver of a silent customer', () => {
    expect(predictChurn(silent).factors[0]).toMatchObject({ factor: 'recency', raisesRisk: true });
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
