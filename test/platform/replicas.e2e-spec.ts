import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScheduledJobRunner } from '@app/platform';
import { PurgeFingerprintsJob } from '../../libs/tracking/src/infrastructure/purge-fingerprints.job.js';
import { postbackApi } from '../support/postback-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { testDialect } from '../support/test-database.js';
import { expectRedirect, trackingApi } from '../support/tracking-api.js';

/**
 * Two replicas on one PostgreSQL: two whole apps, each with its own caches, outbox relay and
 * job runner, on the same database, as two processes behind a load balancer would be.
 * (SQLite is single-process by design, so this runs on PostgreSQL only.)
 */
describe.runIf(testDialect() === 'postgres')('two replicas on one PostgreSQL', () => {
  let a: TestApp;
  let b: TestApp;
  const viaA = trackingApi(() => a);
  const viaB = trackingApi(() => b);

  beforeAll(async () => {
    // Replicas share their settings, as one deployment's processes do (the postback token is
    // derived from SECRET_KEY).
    const env = { SECRET_KEY: randomBytes(32).toString('hex') };
    a = await startTestApp({ env });
    b = await startTestApp({ env, replicaOf: a });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const count = async (sql: string, ...params: unknown[]) =>
    Number((await a.dataSource.query(sql, params))[0].n);

  it('runs a scheduled job on one replica only, even when both start it together', async () => {
    const replicas = [a, b].map((replica) => replica.app.get(ScheduledJobRunner));
    let runs = 0;
    const work = async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 150));
    };
    const outcomes = await Promise.all(
      replicas.map((replica) => replica.runOncePerPeriod('nightly', '2026-11-26', work)),
    );
    expect(outcomes.sort()).toEqual(['ran', 'running-elsewhere']);
    expect(runs).toBe(1);
    expect(await replicas[1].runOncePerPeriod('nightly', '2026-11-26', work)).toBe('already-done');
  });

  it("runs a real job's hourly period once across both", async () => {
    const outcomes = await Promise.all(
      [a, b].map((replica) => replica.app.get(PurgeFingerprintsJob).run()),
    );
    expect(outcomes.filter((outcome) => outcome === 'ran')).toHaveLength(1);
    expect(
      await count(
        `SELECT COUNT(*) AS n FROM job_runs WHERE job = $1`,
        'tracking.purge-click-fingerprints',
      ),
    ).toBe(1);
  });

  it('handles each outbox event once while both relays deliver at the same time', async () => {
    const campaign_id = await viaA.activeCampaign();
    const { advertiserId } = await viaA.campaigns.get(campaign_id);
    // The token from replica a works on b: both derive it from the same SECRET_KEY.
    const token = await postbackApi(() => a).advertiserToken(advertiserId);
    await viaB.refreshDirectory();
    const customer = `replica-customer-${Date.now()}`;
    const conversions = 12;
    for (let i = 0; i < conversions; i += 1) {
      const via = i % 2 === 0 ? a : b;
      const { clickId } = expectRedirect(await (i % 2 === 0 ? viaA : viaB).click({ campaign_id }));
      const query = new URLSearchParams({
        token,
        click_id: clickId,
        revenue: '10.00',
        currency: 'USD',
        customer_id: customer,
      });
      const response = await via.request({ method: 'GET', url: `/v1/postback?${query}` });
      expect(response.statusCode, response.body).toBe(200);
    }

    await Promise.all([a.drainOutbox(), b.drainOutbox(), a.drainOutbox(), b.drainOutbox()]);

    expect(await count('SELECT COUNT(*) AS n FROM outbox_events WHERE processed_at IS NULL')).toBe(
      0,
    );
    // Each conversion became one LTV purchase and one engagement event: none twice, none lost.
    const purchases = 'SELECT COUNT(*) AS n FROM ltv_transactions WHERE customer_id = $1';
    const engagement = 'SELECT COUNT(*) AS n FROM retention_events WHERE customer_id = $1';
    expect(await count(purchases, customer)).toBe(conversions);
    expect(await count(engagement, customer)).toBe(conversions);
  });

  it("sees a campaign changed through one replica in the other's click path within seconds", async () => {
    const campaign_id = await viaA.activeCampaign();
    const first = expectRedirect(await viaB.click({ campaign_id }));
    expect(first.location).toMatch(/^https:\/\/offers\.example\.com\/lp\?/);

    const changed = await a.request({
      method: 'PATCH',
      url: `/v1/campaigns/${campaign_id}`,
      payload: { offerUrl: 'https://moved.example.net/landing?click={click_id}' },
    });
    expect(changed.statusCode, changed.body).toBe(200);

    // No manual refresh: replica B's own timer must pick the change up.
    const startedAt = Date.now();
    let location = first.location;
    while (!location.startsWith('https://moved.example.net/') && Date.now() - startedAt < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      location = expectRedirect(await viaB.click({ campaign_id })).location;
    }
    expect(location).toMatch(/^https:\/\/moved\.example\.net\/landing\?click=[A-Za-z0-9_-]+$/);
    expect(Date.now() - startedAt).toBeLessThan(6_000);
  });
});
