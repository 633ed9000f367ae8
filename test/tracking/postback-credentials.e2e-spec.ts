import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiKeysApi } from '../support/api-keys-api.js';
import { expectProblem } from '../support/problem-assertions.js';
import { postbackApi } from '../support/postback-api.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectRedirect, trackingApi } from '../support/tracking-api.js';

const HOUR_MS = 3_600_000;
const INVALID = 'TRACKING.INVALID_POSTBACK_TOKEN';

/**
 * Each advertiser records conversions with credentials of its own, on its own campaigns'
 * clicks only. Before, one token of the whole network recorded any conversion on any
 * campaign, and an affiliate who learned it could mint conversions on its own click ids.
 */
describe('postback credentials per advertiser', () => {
  let t: TestApp;
  const api = trackingApi(() => t);
  const keys = apiKeysApi(() => t);
  const postbacks = postbackApi(() => t);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A click on a new active campaign of the advertiser named `advertiserName`. */
  const clickOf = async (advertiserName: string) => {
    const campaignId = await api.activeCampaign({ advertiserName });
    const { clickId } = expectRedirect(await api.click({ campaign_id: campaignId }));
    const { advertiserId } = await api.campaigns.get(campaignId);
    return { campaignId, clickId, advertiserId: advertiserId as string };
  };
  const postbackUrl = async (advertiserId: string, key?: string) => {
    const options = { method: 'GET' as const, url: `/v1/advertisers/${advertiserId}/postback-url` };
    return key ? keys.withKey(key, options) : t.request(options);
  };
  const rotate = (advertiserId: string, key?: string) => {
    const options = {
      method: 'POST' as const,
      url: `/v1/advertisers/${advertiserId}/postback-secret/rotate`,
    };
    return key ? keys.withKey(key, options) : t.request(options);
  };
  const send = (token: string, clickId: string, txid: string) =>
    postbacks.send({ token, click_id: clickId, txid });

  it('no longer hands out one token for every advertiser', async () => {
    const response = await t.request({ method: 'GET', url: '/v1/tracking/postback-url' });
    expect(response.statusCode).toBe(404);
  });

  it("records with the click's advertiser's token, and refuses another advertiser's alike", async () => {
    const a = await clickOf('Advertiser A');
    const b = await clickOf('Advertiser B');
    const tokenA = (await postbackUrl(a.advertiserId)).json().token;
    expect((await send(tokenA, a.clickId, 'A-1')).statusCode).toBe(200);

    const foreign = expectProblem(await send(tokenA, b.clickId, 'A-2'), 403, INVALID);
    const wrong = expectProblem(
      await send(`${tokenA.slice(0, -1)}x`, b.clickId, 'A-3'),
      403,
      INVALID,
    );
    const none = expectProblem(
      await t.request({
        method: 'GET',
        url: `/v1/postback?click_id=${b.clickId}`,
        headers: { 'x-api-key': '' },
      }),
      403,
      INVALID,
    );
    // The same answer whatever was wrong: no oracle of which clicks are whose.
    for (const body of [wrong, none]) expect(body.detail).toBe(foreign.detail);
    const conversions = await t.request({
      method: 'GET',
      url: `/v1/conversions?campaignId=${b.campaignId}`,
    });
    expect(conversions.json().data).toEqual([]);
  });

  it("gives each advertiser its URL, to admins and to that advertiser's own keys only", async () => {
    const a = await clickOf('Advertiser URL A');
    const b = await clickOf('Advertiser URL B');
    const asAdmin = (await postbackUrl(a.advertiserId)).json();
    expect(asAdmin).toMatchObject({ advertiserId: a.advertiserId, version: 1 });
    expect(asAdmin.previousSecretValidUntil).toBeNull();
    expect(asAdmin.token).toBe(`${asAdmin.keyId}.${asAdmin.signingSecret}`);
    expect(asAdmin.url).toBe(
      `http://localhost:80/v1/postback?token=${asAdmin.token}&click_id={click_id}&txid={txid}&revenue={revenue}&currency={currency}&status={status}&customer_id={customer_id}`,
    );
    const { key: keyOfA } = await keys.create({ role: 'advertiser', advertiserId: a.advertiserId });
    expect((await postbackUrl(a.advertiserId, keyOfA)).json().token).toBe(asAdmin.token);
    expectProblem(await postbackUrl(b.advertiserId, keyOfA), 404, 'CAMPAIGNS.ADVERTISER_NOT_FOUND');
    const affiliateId = await api.activeAffiliate();
    const { key: affiliateKey } = await keys.create({ role: 'affiliate', affiliateId });
    expect((await postbackUrl(a.advertiserId, affiliateKey)).statusCode).toBe(403);
    expect((await postbackUrl(b.advertiserId)).json().token).not.toBe(asAdmin.token);
  });

  it('rotates a secret: the old one works through the grace period, then is refused', async () => {
    const a = await clickOf('Advertiser rotating');
    const before = (await postbackUrl(a.advertiserId)).json();
    const rotated = await rotate(a.advertiserId);
    expect(rotated.statusCode, rotated.body).toBe(200);
    const after = rotated.json();
    expect(after.version).toBe(2);
    expect(after.token).not.toBe(before.token);
    const graceEnds = new Date(t.clock.now().getTime() + 24 * HOUR_MS);
    expect(after.previousSecretValidUntil).toBe(graceEnds.toISOString());

    expect((await send(after.token, a.clickId, 'R-1')).statusCode).toBe(200);
    expect((await send(before.token, a.clickId, 'R-2')).statusCode).toBe(200);
    t.clock.set(new Date(graceEnds.getTime() - 1000));
    expect((await send(before.token, a.clickId, 'R-3')).statusCode).toBe(200);
    t.clock.set(graceEnds);
    expectProblem(await send(before.token, a.clickId, 'R-4'), 403, INVALID);
    expect((await send(after.token, a.clickId, 'R-5')).statusCode).toBe(200);
    expect((await postbackUrl(a.advertiserId)).json().previousSecretValidUntil).toBeNull();
  });

  it("lets an advertiser rotate its own secret, and nobody else's", async () => {
    const a = await clickOf('Advertiser rotating itself');
    const b = await clickOf('Advertiser left alone');
    const { key } = await keys.create({ role: 'advertiser', advertiserId: a.advertiserId });
    expect((await rotate(a.advertiserId, key)).json().version).toBe(2);
    expectProblem(await rotate(b.advertiserId, key), 404, 'CAMPAIGNS.ADVERTISER_NOT_FOUND');
    expect((await postbackUrl(b.advertiserId)).json().version).toBe(1);
  });

  it('counts concurrent rotations one by one', async () => {
    const a = await clickOf('Advertiser rotated at once');
    const answers = await Promise.all([1, 2, 3, 4].map(() => rotate(a.advertiserId)));
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    expect((await postbackUrl(a.advertiserId)).json().version).toBe(5);
  });

  it('keeps no secret in the database', async () => {
    const a = await clickOf('Advertiser dumped');
    await rotate(a.advertiserId);
    const { signingSecret } = (await postbackUrl(a.advertiserId)).json();
    const tables: { name: string }[] =
      t.config.database.type === 'postgres'
        ? await t.dataSource.query(
            "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'",
          )
        : await t.dataSource.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
          );
    expect(tables.map((row) => row.name)).toContain('advertiser_postback_credentials');
    for (const { name } of tables) {
      const rows = await t.dataSource.query(`SELECT * FROM "${name}"`);
      expect(JSON.stringify(rows), name).not.toContain(signingSecret);
    }
  });

  it('answers 404 for a click that is not there, once the credentials are valid', async () => {
    const a = await clickOf('Advertiser with a typo');
    const { token } = (await postbackUrl(a.advertiserId)).json();
    expectProblem(
      await send(token, 'AAAAAAAAAAAAAAAAAAAAAAAA', 'T-1'),
      404,
      'TRACKING.UNKNOWN_CLICK',
    );
  });
});
