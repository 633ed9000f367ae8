import { describe, expect, it } from 'vitest';
import { nextBestAction } from './next-best-action.js';

const customer = {
  segment: 'Active' as const,
  riskLevel: 'low' as const,
  predictedClv: null,
  inRunningCampaign: false,
};

describe('the next best action', () => {
  it('never calls a low or medium risk high: an At-Risk customer by silence is told why', () => {
    for (const riskLevel of ['low', 'medium'] as const) {
      const action = nextBestAction({ ...customer, segment: 'At-Risk', riskLevel });
      expect(action.action).toBe('retention_offer');
      expect(action.reason).not.toMatch(/high churn risk/i);
      expect(action.reason).toContain(`churn risk is ${riskLevel}`);
    }
  });

  it('offers an incentive for high or critical risk, saying so', () => {
    for (const riskLevel of ['high', 'critical'] as const) {
      expect(nextBestAction({ ...customer, riskLevel })).toEqual({
        action: 'retention_offer',
        reason: 'High churn risk: an incentive to come back.',
      });
    }
  });

  it('reaches out in person when the risk is high and the predicted value is too', () => {
    const action = nextBestAction({ ...customer, riskLevel: 'high', predictedClv: 500 });
    expect(action.action).toBe('personal_outreach');
  });

  it('waits for a running campaign before anything else', () => {
    const action = nextBestAction({ ...customer, segment: 'Churned', inRunningCampaign: true });
    expect(action.action).toBe('wait_for_campaign');
  });
});
