import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../apps/api/src/create-app.js';
import { affiliatesApi } from '../support/affiliates-api.js';
import { apiKeysApi } from '../support/api-keys-api.js';
import { MISSING_ID } from '../support/campaigns-api.js';
import { expectProblem, fieldsOf } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { testDialect } from '../support/test-database.js';

describe('API keys managed through the API', () => {
  let t: TestApp;
  const keys = apiKeysApi(() => t);
  const affiliates = affiliatesApi(() => t);
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const listCampaignsWith = (key: string) =>
    keys.withKey(key, { method: 'GET', url: '/v1/campaigns' });

  it('shows the secret once at creation, never in the list, and revokes the key at once', async () => {
    const created = await keys.create({ name: 'ops', role: 'admin' });
    expect(created).toMatchObject({
      name: 'ops',
      role: 'admin',
      affiliateId: null,
      advertiserId: null,
      revokedAt: null,
      prefix: created.key.slice(0, 10),
    });
    expect(created.key).toMatch(/^ak_[A-Za-z0-9_-]{43}$/);
    expect((await listCampaignsWith(created.key)).statusCode).toBe(200);

    const list = await t.request({ method: 'GET', url: '/v1/api-keys' });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain(created.key);
    expect(list.body).not.toContain(created.key.slice(10));
    const listed = list.json().data.find((key: { id: string }) => key.id === created.id);
    expect(Object.keys(listed).sort()).toEqual(
      [
        'id',
        'name',
        'prefix',
        'role',
        'affiliateId',
        'advertiserId',
        'createdAt',
        'lastUsedAt',
        'revokedAt',
      ].sort(),
    );

    expect((await keys.revoke(created.id)).statusCode).toBe(204);
    expectProblem(await listCampaignsWith(created.key), 401, 'AUTH.API_KEY_INVALID');
    // Revoking again changes nothing and still succeeds; the list keeps the key as revoked.
    expect((await keys.revoke(created.id)).statusCode).toBe(204);
    const after = await t.request({ method: 'GET', url: '/v1/api-keys' });
    const revoked = after.json().data.find((key: { id: string }) => key.id === created.id);
    expect(revoked.revokedAt).toBe('2026-11-26T09:00:00.000Z');
  });

  it('answers 404 for revoking a key that does not exist', async () => {
    expectProblem(await keys.revoke(MISSING_ID), 404, 'AUTH.API_KEY_NOT_FOUND');
  });

  it('binds an affiliate key to an existing affiliate only', async () => {
    const affiliate = await affiliates.register();
    const created = await keys.create({ role: 'affiliate', affiliateId: affiliate.id });
    expect(created).toMatchObject({ role: 'affiliate', affiliateId: affiliate.id });

    const unknown = expectProblem(
      await keys.post({ name: 'x', role: 'affiliate', affiliateId: MISSING_ID }),
      422,
      'AUTH.UNKNOWN_KEY_HOLDER',
    );
    expect(fieldsOf(unknown)).toEqual(['affiliateId']);
    const missing = expectProblem(
      await keys.post({ name: 'x', role: 'affiliate' }),
      422,
      'AUTH.INVALID_API_KEY',
    );
    expect(fieldsOf(missing)).toEqual(['affiliateId']);
  });

  it('binds an advertiser key to an existing advertiser only', async () => {
    const advertiser = await t.request({
      method: 'POST',
      url: '/v1/advertisers',
      payload: { name: 'Acme VPN Inc.' },
    });
    expect(advertiser.statusCode, advertiser.body).toBe(201);
    const created = await keys.create({ role: 'advertiser', advertiserId: advertiser.json().id });
    expect(created).toMatchObject({ role: 'advertiser', advertiserId: advertiser.json().id });

    const unknown = expectProblem(
      await keys.post({ name: 'x', role: 'advertiser', advertiserId: MISSING_ID }),
      422,
      'AUTH.UNKNOWN_KEY_HOLDER',
    );
    expect(fieldsOf(unknown)).toEqual(['advertiserId']);
  });

  it('refuses a partner an admin key may not name, and roles it does not know', async () => {
    const affiliate = await affiliates.register();
    const wrong = expectProblem(
      await keys.post({ name: 'x', role: 'admin', affiliateId: affiliate.id }),
      422,
      'AUTH.INVALID_API_KEY',
    );
    expect(fieldsOf(wrong)).toEqual(['affiliateId']);
    const role = expectProblem(
      await keys.post({ name: 'x', role: 'superuser' }),
      422,
      'HTTP.VALIDATION_FAILED',
    );
    expect(fieldsOf(role)).toEqual(['role']);
  });

  it('lists keys newest first, a page at a time', async () => {
    for (const name of ['page-1', 'page-2', 'page-3']) await keys.create({ name, role: 'admin' });
    const first = await t.request({ method: 'GET', url: '/v1/api-keys?limit=2' });
    expect(first.json().data.map((key: { name: string }) => key.name)).toEqual([
      'page-3',
      'page-2',
    ]);
    const second = await t.request({
      method: 'GET',
      url: `/v1/api-keys?limit=2&cursor=${first.json().nextCursor}`,
    });
    expect(second.json().data[0].name).toBe('page-1');
  });

  it("finds a partner's keys and tells working keys from revoked ones", async () => {
    const affiliate = await affiliates.register();
    const working = await keys.create({ role: 'affiliate', affiliateId: affiliate.id });
    const revoked = await keys.create({ role: 'affiliate', affiliateId: affiliate.id });
    expect((await keys.revoke(revoked.id)).statusCode).toBe(204);
    const list = async (query: string) =>
      (await t.request({ method: 'GET', url: `/v1/api-keys?${query}` }))
        .json()
        .data.map((key: { id: string }) => key.id);

    expect(await list(`affiliateId=${affiliate.id}`)).toEqual([revoked.id, working.id]);
    expect(await list(`affiliateId=${affiliate.id}&revoked=false`)).toEqual([working.id]);
    expect(await list(`affiliateId=${affiliate.id}&revoked=true`)).toEqual([revoked.id]);
    expect(await list('role=affiliate')).toContain(working.id);
    expect(await list('role=admin')).not.toContain(working.id);
    expectProblem(
      await t.request({ method: 'GET', url: '/v1/api-keys?revoked=maybe' }),
      422,
      'HTTP.VALIDATION_FAILED',
    );
  });

  it('lets only admin keys manage keys', async () => {
    const affiliate = await affiliates.register();
    const partner = await keys.create({ role: 'affiliate', affiliateId: affiliate.id });
    const admin = await keys.create({ role: 'admin' });
    for (const request of [
      { method: 'GET', url: '/v1/api-keys' },
      { method: 'POST', url: '/v1/api-keys', payload: { name: 'mine', role: 'admin' } },
      { method: 'DELETE', url: `/v1/api-keys/${admin.id}` },
    ] as const) {
      expectProblem(await keys.withKey(partner.key, request), 403, 'AUTH.ROLE_FORBIDDEN');
    }
    expect((await listCampaignsWith(admin.key)).statusCode).toBe(200);
  });
});

/**
 * Two app instances on one PostgreSQL database stand for two replicas behind a load balancer.
 * (SQLite is single-process by design, so this runs on PostgreSQL only.)
 */
describe.runIf(testDialect() === 'postgres')('a key revoked on one replica', () => {
  let t: TestApp;
  let secondReplica: NestFastifyApplication;
  const keys = apiKeysApi(() => t);
  beforeAll(async () => {
    t = await startTestApp();
    secondReplica = await createApp(t.config, { outbox: { autoStart: false } });
  });
  afterAll(async () => {
    await secondReplica.close();
    await t.close();
  });

  const onSecondReplica = (key: string) =>
    secondReplica.inject({ method: 'GET', url: '/v1/campaigns', headers: { 'x-api-key': key } });

  it('stops working on the other replica at once', async () => {
    const created = await keys.create({ role: 'admin' });
    // Used on both, so that any cache either replica might keep would be warm.
    expect(
      (await keys.withKey(created.key, { method: 'GET', url: '/v1/campaigns' })).statusCode,
    ).toBe(200);
    expect((await onSecondReplica(created.key)).statusCode).toBe(200);

    expect((await keys.revoke(created.id)).statusCode).toBe(204);
    expectProblem(await onSecondReplica(created.key), 401, 'AUTH.API_KEY_INVALID');
  });
});
