import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { campaignsApi } from '../support/campaigns-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The migration that introduced payout policies, as met by campaigns created before it. */
const POLICY_MIGRATION = 1765317000000;
const timestampOf = (name: string | undefined) => Number(/(\d{13})$/.exec(name ?? '')?.[1] ?? 0);

describe('payout policies for campaigns created before them', () => {
  let t: TestApp;
  const campaigns = campaignsApi(() => t);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('gives existing campaigns the rule they paid by: fixed, or revenue_share for REVSHARE', async () => {
    const cpa = await campaigns.create({ budget: null });
    const revshare = await campaigns.create({
      payout: { model: 'REVSHARE', amount: 25, currency: 'EUR' },
      budget: null,
    });
    // Back to the schema before the policy (and whatever came after it), then forward again.
    const later = t.dataSource.migrations.filter(
      (migration) => timestampOf(migration.name) >= POLICY_MIGRATION,
    ).length;
    expect(later).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < later; i += 1)
      await t.dataSource.undoLastMigration({ transaction: 'each' });
    expect(await t.dataSource.runMigrations({ transaction: 'each' })).toHaveLength(later);

    expect(await campaigns.get(cpa.id)).toMatchObject({
      payout: { model: 'CPA', amount: 12.5, policy: 'fixed', maxAmount: null },
      fraudulentClickConversions: 'reject',
    });
    expect(await campaigns.get(revshare.id)).toMatchObject({
      payout: { model: 'REVSHARE', amount: 25, policy: 'revenue_share', maxAmount: null },
      fraudulentClickConversions: 'reject',
    });
  });
});
