import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { affiliatesApi } from '../support/affiliates-api.js';
import { apiKeysApi } from '../support/api-keys-api.js';
import { MISSING_ID } from '../support/campaigns-api.js';
import { expectProblem } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Suspending an affiliate through the API: its keys stop at once and no new one is issued
 * until it is reactivated. (Its clicks going to the safe page is tracking's, in click-fraud.)
 */
describe('suspending and reactivating an affiliate', () => {
  let t: TestApp;
  const affiliates = affiliatesApi(() => t);
  const keys = apiKeysApi(() => t);
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const readOwnAffiliate = (key: string, id: string) =>
    keys.withKey(key, { method: 'GET', url: `/v1/affiliates/${id}` });

  it("revokes the suspended affiliate's keys at once and leaves other partners' keys alone", async () => {
    const suspended = await affiliates.register();
    const other = await affiliates.register();
    const first = await keys.create({ role: 'affiliate', affiliateId: suspended.id });
    const second = await keys.create({ role: 'affiliate', affiliateId: suspended.id });
    const othersKey = await keys.create({ role: 'affiliate', affiliateId: other.id });
    expect((await readOwnAffiliate(first.key, suspended.id)).statusCode).toBe(200);

    const answer = await affiliates.suspend(suspended.id);
    expect(answer).toMatchObject({ id: suspended.id, status: 'suspended', revokedApiKeys: 2 });
    for (const key of [first, second]) {
      expectProblem(await readOwnAffiliate(key.key, suspended.id), 401, 'AUTH.API_KEY_INVALID');
    }
    expect((await readOwnAffiliate(othersKey.key, other.id)).statusCode).toBe(200);
    const listed = await t.request({
      method: 'GET',
      url: `/v1/api-keys?affiliateId=${suspended.id}&revoked=false`,
    });
    expect(listed.json().data).toEqual([]);
  });

  it('refuses a new key while the affiliate is suspended, and issues one once it is reactivated', async () => {
    const affiliate = await affiliates.register();
    const old = await keys.create({ role: 'affiliate', affiliateId: affiliate.id });
    await affiliates.suspend(affiliate.id);
    const refused = await keys.post({ name: 'late', role: 'affiliate', affiliateId: affiliate.id });
    expectProblem(refused, 409, 'AUTH.KEY_HOLDER_SUSPENDED');
    expect(refused.json().detail).toContain('reactivate it');

    const reactivated = await affiliates.reactivate(affiliate.id);
    expect(reactivated).toMatchObject({ id: affiliate.id, status: 'active' });
    expect(reactivated).not.toHaveProperty('revokedApiKeys');
    // The key revoked at suspension stays revoked; a new one works.
    expectProblem(await readOwnAffiliate(old.key, affiliate.id), 401, 'AUTH.API_KEY_INVALID');
    const fresh = await keys.create({ role: 'affiliate', affiliateId: affiliate.id });
    expect((await readOwnAffiliate(fresh.key, affiliate.id)).statusCode).toBe(200);
  });

  it('answers a repeated request with the affiliate as it stands', async () => {
    const affiliate = await affiliates.register();
    const suspended = await affiliates.suspend(affiliate.id);
    const again = await affiliates.suspend(affiliate.id);
    expect(again).toEqual({ ...suspended, revokedApiKeys: 0 });
    const active = await affiliates.reactivate(affiliate.id);
    expect(await affiliates.reactivate(affiliate.id)).toEqual(active);
  });

  it('answers 404 for an affiliate that does not exist, and 403 to a partner key', async () => {
    for (const action of ['suspend', 'reactivate']) {
      expectProblem(
        await t.request({ method: 'POST', url: `/v1/affiliates/${MISSING_ID}/${action}` }),
        404,
        'CAMPAIGNS.AFFILIATE_NOT_FOUND',
      );
    }
    const affiliate = await affiliates.register();
    const own = await keys.create({ role: 'affiliate', affiliateId: affiliate.id });
    const selfSuspension = await keys.withKey(own.key, {
      method: 'POST',
      url: `/v1/affiliates/${affiliate.id}/suspend`,
    });
    expect(selfSuspension.statusCode).toBe(403);
    expect(
      (await t.request({ method: 'GET', url: `/v1/affiliates/${affiliate.id}` })).json(),
    ).toMatchObject({
      status: 'active',
    });
  });
});
