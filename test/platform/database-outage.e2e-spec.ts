import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validCampaign } from '../support/campaigns-api.js';
import { expectProblem } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { adminQuery, testDialect } from '../support/test-database.js';
import { trackingApi } from '../support/tracking-api.js';

/**
 * A database that stops taking connections under a running API (a failover, a maintenance
 * window, `max_connections` reached): every request that needs it is a 503 problem the client
 * can retry, never a 500, and the API serves again by itself once the database is back.
 * PostgreSQL only: an embedded SQLite file cannot refuse its own process (SQLITE_BUSY past the
 * busy timeout is covered by the unit test of isDatabaseUnavailable).
 */
describe.runIf(testDialect() === 'postgres')('a database that refuses connections', () => {
  let t: TestApp;
  let database: string;
  const tracking = trackingApi(() => t);
  let campaignId: string;
  let affiliateId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const { database: settings } = t.config;
    if (settings.type !== 'postgres') throw new Error('runs on PostgreSQL only');
    database = settings.database;
    campaignId = await tracking.activeCampaign();
    affiliateId = await tracking.activeAffiliate();
  });
  afterAll(async () => {
    // Let the test database be dropped even if a test failed half-way.
    await adminQuery(`ALTER DATABASE ${database} ALLOW_CONNECTIONS true`);
    await t.close();
  });

  const needingTheDatabase = (): InjectOptions[] => [
    { method: 'GET', url: '/v1/campaigns' },
    { method: 'GET', url: `/v1/campaigns/${campaignId}` },
    { method: 'POST', url: '/v1/campaigns', payload: validCampaign() },
    { method: 'GET', url: '/ltv/analysis' },
    { method: 'POST', url: '/ltv/recalculate', payload: {} },
    { method: 'POST', url: '/retention/recalculate' },
    { method: 'GET', url: '/v1/api-keys' },
    {
      method: 'POST',
      url: '/v1/events',
      payload: {
        events: [{ customerId: 'c-1', type: 'click', occurredAt: '2026-11-26T08:00:00Z' }],
      },
    },
  ];

  const expectUnavailable = (answer: LightMyRequestResponse) => {
    expectProblem(answer, 503, 'HTTP.DATABASE_UNAVAILABLE');
    expect(Number(answer.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  };

  /** The load: every request above, and a click, at once. */
  const load = () =>
    Promise.all([
      ...needingTheDatabase().map((request) => t.request(request)),
      tracking.click({ campaign_id: campaignId, affiliate_id: affiliateId }),
    ]);

  it('answers 503 with Retry-After to every request that needs it, under load', async () => {
    // The outage begins while requests are in flight: those finish or are told to retry.
    const [inFlight] = await Promise.all([
      load(),
      (async () => {
        await adminQuery(`ALTER DATABASE ${database} ALLOW_CONNECTIONS false`);
        await adminQuery(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database}' AND pid <> pg_backend_pid()`,
        );
      })(),
    ]);
    // Each its usual answer (the LTV base is too small to fit: a 409), or a 503: never a 500.
    const unavailable = inFlight.filter((answer) => answer.statusCode === 503);
    const served = inFlight.filter((answer) => answer.statusCode !== 503);
    for (const answer of unavailable) expectUnavailable(answer);
    for (const answer of served) expect(answer.statusCode, answer.body).toBeLessThan(500);
    for (let round = 0; round < 3; round += 1) {
      for (const answer of await load()) expectUnavailable(answer);
    }
    expect((await t.request({ method: 'GET', url: '/v1/health' })).statusCode).toBe(503);
  });

  it('serves again by itself once the database takes connections', async () => {
    await adminQuery(`ALTER DATABASE ${database} ALLOW_CONNECTIONS true`);
    const answer = await t.request({ method: 'GET', url: '/v1/campaigns' });
    expect(answer.statusCode, answer.body).toBe(200);
    expect((await t.request({ method: 'GET', url: '/v1/health' })).statusCode).toBe(200);
  });
});
