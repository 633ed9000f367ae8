import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExclusiveRuns } from '@app/platform';
import { ltvApi } from '../support/ltv-api.js';
import { privacyApi } from '../support/privacy-api.js';
import { expectProblem } from '../support/problem-assertions.js';
import { retentionApi } from '../support/retention-api.js';
import { winBackCampaign } from '../support/retention-flow.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const NOW = new Date('2026-12-01T12:00:00Z');

/**
 * Buyers are customers: someone known only from purchases (POST /ltv/transactions, no event
 * ever) is assessed by retention, and one who went silent reaches a high risk and the win-back
 * campaign. Before, retention answered 404 for them and capped a one-time buyer at 0.4.
 */
describe('churn risk of customers known only from their purchases', () => {
  let t: TestApp;
  const ltv = ltvApi(() => t);
  const retention = retentionApi(() => t);
  const privacy = privacyApi(() => t);

  beforeAll(async () => {
    t = await startTestApp({ now: NOW });
    await ltv.record([
      // One purchase four months ago, nothing since.
      {
        transactionId: 's-1',
        customerId: 'silent-buyer',
        occurredAt: '2026-08-01T10:00:00Z',
        amount: '40.00',
        currency: 'USD',
      },
      {
        transactionId: 'r-1',
        customerId: 'recent-buyer',
        occurredAt: '2026-11-30T10:00:00Z',
        amount: '25.00',
        currency: 'USD',
      },
    ]);
  });
  afterAll(() => t.close());

  it('assesses a purchase-only customer, with the purchase among the drivers', async () => {
    const analysis = await retention.call('GET', '/retention/user/silent-buyer/analysis');
    expect(analysis.profile).toMatchObject({
      events: 0,
      purchaseDays: 1,
      lastPurchaseAt: '2026-08-01T00:00:00.000Z',
      lastActivityAt: '2026-08-01T00:00:00.000Z',
    });
    // 122 silent days under the visitors' priors: z = -1 + 0.45 * 122 / 7 = 6.84.
    expect(analysis.churnProbability).toBeCloseTo(1 / (1 + Math.exp(-(-1 + (0.45 * 122) / 7))), 4);
    expect(analysis.riskLevel).toBe('critical');
    expect(analysis.drivers[0]).toMatchObject({ factor: 'recency', value: 122, raisesRisk: true });
    // No recalculation has fitted a model yet, and the answer says so.
    expect(analysis.churnModel).toMatchObject({ population: 'visitors', basis: 'priors' });
    expect(analysis.churnModel.reason).toMatch(/No churn recalculation has run yet/);
  });

  it('rates a buyer of yesterday low', async () => {
    const analysis = await retention.call('GET', '/retention/user/recent-buyer/analysis');
    expect(analysis.riskLevel).toBe('low');
  });

  it('recalculates buyers with everyone else and says why no purchase model was used', async () => {
    const result = await retention.recalculate();
    expect(result.customers).toBe(2);
    expect(result.riskLevels).toEqual({ critical: 1, low: 1 });
    expect(result.model.purchaseModel.method).toBe('none');
    expect(result.model.purchaseModel.reason).toMatch(/customers/);
    expect(result.model.visitors.basis).toBe('priors');
  });

  it('enrols the silent buyer in a win-back campaign on high and critical risk', async () => {
    const campaign = await retention.createCampaign({
      ...winBackCampaign('https://hooks.example.com/win-back'),
      controlGroupShare: 0,
    });
    await retention.call('POST', `/retention/campaigns/${campaign.id}/activate`);
    // On demand, as the scheduler would; one run at a time.
    const running = t.app
      .get(ExclusiveRuns)
      .run('retention.automation', 'a scheduled run', async () => {
        const refused = await t.request({ method: 'POST', url: '/retention/automation/run' });
        expectProblem(refused, 409, 'HTTP.ALREADY_RUNNING');
      });
    await running;
    expect(await retention.call('POST', '/retention/automation/run')).toEqual({
      campaigns: 1,
      enrolled: 1,
      treatment: 1,
      control: 0,
      messages: 1,
    });
    const analysis = await retention.call('GET', '/retention/user/silent-buyer/analysis');
    expect(analysis.campaigns).toHaveLength(1);
  });

  it('assesses nobody in place of an erased buyer, whose purchases stay in the models', async () => {
    await privacy.eraseAndWait({ customerId: 'recent-buyer' });
    const result = await retention.recalculate();
    expect(result.customers).toBe(1);
    const ids: { customer_id: string }[] = await t.dataSource.query(
      'SELECT customer_id FROM churn_predictions',
    );
    expect(ids.map((row) => row.customer_id)).toEqual(['silent-buyer']);
    await retention.call('GET', '/retention/user/recent-buyer/analysis', undefined, 404);
  });
});
