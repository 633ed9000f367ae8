import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyIssuer, ApiKeyRepository } from '@app/access';
import { startTestApp, TEST_API_KEY, type TestApp } from '../support/test-app.js';

describe('API key authentication', () => {
  let t: TestApp;
  let issuer: ApiKeyIssuer;
  let apiKeys: ApiKeyRepository;
  beforeAll(async () => {
    t = await startTestApp();
    issuer = t.app.get(ApiKeyIssuer);
    apiKeys = t.app.get(ApiKeyRepository);
  });
  afterAll(() => t.close());

  const listCampaigns = (headers: Record<string, string>) =>
    t.request({ method: 'GET', url: '/v1/campaigns', headers: { 'x-api-key': '', ...headers } });

  it('refuses a request without a key with 401 AUTH.API_KEY_MISSING', async () => {
    const response = await listCampaigns({});
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ code: 'AUTH.API_KEY_MISSING' });
  });

  it('refuses an unknown key with 401 AUTH.API_KEY_INVALID', async () => {
    const response = await listCampaigns({ 'x-api-key': 'ak_not-a-real-key' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'AUTH.API_KEY_INVALID' });
  });

  it('accepts API_KEY from the environment in X-API-Key or as a bearer token', async () => {
    expect((await listCampaigns({ 'x-api-key': TEST_API_KEY })).statusCode).toBe(200);
    expect((await listCampaigns({ authorization: `Bearer ${TEST_API_KEY}` })).statusCode).toBe(200);
    expect((await listCampaigns({ authorization: `Basic ${TEST_API_KEY}` })).statusCode).toBe(401);
  });

  it('accepts a stored key, records its use, and refuses it at once when revoked', async () => {
    const created = await issuer.issue({ name: 'ops', role: 'admin' });
    expect(created.key).toMatch(/^ak_[A-Za-z0-9_-]{43}$/);
    expect((await listCampaigns({ 'x-api-key': created.key })).statusCode).toBe(200);
    const [stored] = (await apiKeys.listAll()).filter((key) => key.id === created.id);
    expect(stored.lastUsedAt).not.toBeNull();
    expect(stored.keyHash).not.toContain(created.key.slice(3));

    expect(await apiKeys.revoke(created.id, new Date())).toBe('revoked');
    const refused = await listCampaigns({ 'x-api-key': created.key });
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ code: 'AUTH.API_KEY_INVALID' });
  });

  it('refuses a partner key an operation that is for admins only', async () => {
    const partner = await issuer.issue({
      name: 'partner',
      role: 'advertiser',
      advertiserId: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b',
    });
    const response = await t.request({
      method: 'POST',
      url: '/v1/reset',
      headers: { 'x-api-key': partner.key },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'AUTH.ROLE_FORBIDDEN' });
  });

  it('refuses a stored key whose role lacks its partner or is unknown', async () => {
    const keys = [
      await issuer.issue({ name: 'a', role: 'affiliate', affiliateId: 'aff-1' }),
      await issuer.issue({ name: 'b', role: 'admin' }),
    ];
    const table = t.dataSource.createQueryBuilder().update('api_keys');
    await table.set({ affiliateId: null }).where('id = :id', { id: keys[0].id }).execute();
    await table.set({ role: 'owner' }).where('id = :id', { id: keys[1].id }).execute();
    for (const { key } of keys) {
      expect((await listCampaigns({ 'x-api-key': key })).json()).toMatchObject({
        code: 'AUTH.API_KEY_INVALID',
      });
    }
  });

  it('leaves public routes open: health, docs and the mock pages', async () => {
    for (const url of ['/v1/health', '/docs-json', '/mock-offer-page', '/mock-safe-page']) {
      expect(
        (await t.request({ method: 'GET', url, headers: { 'x-api-key': '' } })).statusCode,
        url,
      ).toBe(200);
    }
  });
});

describe('the first key in debug mode', () => {
  it('is created and logged once when there is neither API_KEY nor a stored key', async () => {
    const t = await startTestApp({ env: { API_KEY: undefined } });
    try {
      const keys = await t.app.get(ApiKeyRepository).listAll();
      expect(keys.map((key) => key.name)).toEqual(['debug-bootstrap']);
    } finally {
      await t.close();
    }
  });

  it('is not created when DEBUG=false', async () => {
    const t = await startTestApp({
      env: { API_KEY: undefined, DEBUG: 'false', SECRET_KEY: 's'.repeat(40) },
    });
    try {
      expect(await t.app.get(ApiKeyRepository).listAll()).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
