import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyIssuer } from '@app/access';
import { expectProblem } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectRedirect, trackingApi } from '../support/tracking-api.js';
import { clickCount } from '../support/tracking-rows.js';

/** Rate limits per route class: per client IP everywhere, per API key on management routes. */
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const MINUTE = 60_000;
const freshKey = () => `test-key-${randomBytes(12).toString('hex')}`;

const listCampaigns = (t: TestApp, key: string, remoteAddress?: string) =>
  t.request({ method: 'GET', url: '/v1/campaigns', headers: { 'x-api-key': key }, remoteAddress });

describe('rate limits in one process', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);
  const key = freshKey();

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        API_KEY: key,
        RATE_LIMIT_MANAGEMENT_PER_MINUTE: '3',
        RATE_LIMIT_CLICK_PER_MINUTE: '2',
        TRUST_PROXY: 'true',
      },
      now: new Date('2026-11-26T09:00:20Z'),
    });
  });
  afterAll(() => t.close());

  it("answers 429 with Retry-After past a key's limit, until the next minute", async () => {
    for (let i = 0; i < 3; i += 1) expect((await listCampaigns(t, key)).statusCode).toBe(200);
    const refused = await listCampaigns(t, key);
    const body = expectProblem(refused, 429, 'HTTP.RATE_LIMITED');
    expect(refused.headers['retry-after']).toBe('40');
    expect(body.detail).toContain('at most 3 a minute');

    // Another key from the same address has its own count.
    const other = await t.app.get(ApiKeyIssuer).issue({ name: 'second', role: 'admin' });
    expect((await listCampaigns(t, other.key)).statusCode).toBe(200);

    t.clock.advance(MINUTE);
    expect((await listCampaigns(t, key)).statusCode).toBe(200);
  });

  it('limits tracking links per visitor address, and stores no click it refuses', async () => {
    const campaign_id = await tracking.activeCampaign();
    const before = await clickCount(t);
    const ip = '198.51.100.77';
    expectRedirect(await tracking.click({ campaign_id }, { ip }));
    expectRedirect(await tracking.click({ campaign_id }, { ip }));
    expectProblem(await tracking.click({ campaign_id }, { ip }), 429, 'HTTP.RATE_LIMITED');
    expectRedirect(await tracking.click({ campaign_id }, { ip: '198.51.100.78' }));
    expect(await clickCount(t)).toBe(before + 3);
  });

  it('counts a forwarded value that is no address as the connection it came from', async () => {
    // Behind TRUST_PROXY, rotating junk in X-Forwarded-For must not make each request a new
    // visitor: it is not believed, and the connection's address is counted.
    t.clock.advance(MINUTE);
    const campaign_id = await tracking.activeCampaign();
    const fromJunk = (n: number) =>
      tracking.click(
        { campaign_id },
        { ip: '203.0.113.9', headers: { 'x-forwarded-for': `not-an-ip-${n}` } },
      );
    expectRedirect(await fromJunk(1));
    expectRedirect(await fromJunk(2));
    expectProblem(await fromJunk(3), 429, 'HTTP.RATE_LIMITED');
  });

  it('counts the visitor the proxy saw, not a forged first X-Forwarded-For entry', async () => {
    // TRUST_PROXY=true is one hop: the proxy appends the real address to what the visitor sent.
    t.clock.advance(MINUTE);
    const campaign_id = await tracking.activeCampaign();
    const forged = (n: number) =>
      tracking.click(
        { campaign_id },
        { ip: '10.0.0.1', headers: { 'x-forwarded-for': `${n}.8.8.8, 198.51.100.91` } },
      );
    expectRedirect(await forged(1));
    expectRedirect(await forged(2));
    expectProblem(await forged(3), 429, 'HTTP.RATE_LIMITED');
  });

  it('counts an IPv6 visitor by its /64, and an IPv4-mapped address as its IPv4', async () => {
    t.clock.advance(MINUTE);
    const campaign_id = await tracking.activeCampaign();
    const from = (ip: string) => tracking.click({ campaign_id }, { ip });
    expectRedirect(await from('2001:db8:91:1::1'));
    expectRedirect(await from('2001:db8:91:1:aaaa::2'));
    expectProblem(await from('2001:db8:91:1:ffff:ffff:ffff:ffff'), 429, 'HTTP.RATE_LIMITED');
    expectRedirect(await from('2001:db8:91:2::1'));

    expectRedirect(await from('198.51.100.92'));
    expectRedirect(await from('::ffff:198.51.100.92'));
    expectProblem(await from('198.51.100.92'), 429, 'HTTP.RATE_LIMITED');
  });

  it('never limits the health probe', async () => {
    for (let i = 0; i < 10; i += 1) {
      expect((await t.request({ method: 'GET', url: '/v1/health' })).statusCode).toBe(200);
    }
  });
});

function redisAnswers(): boolean {
  const probe = `const R=require('ioredis');const r=new R(process.argv[1],{lazyConnect:true,maxRetriesPerRequest:0});r.connect().then(()=>r.ping()).then(()=>process.exit(0),()=>process.exit(1));`;
  return spawnSync(process.execPath, ['-e', probe, REDIS_URL], { timeout: 5_000 }).status === 0;
}
const withRedis = redisAnswers();
if (!withRedis && !process.env.CI) {
  console.warn(`\n*** Redis rate-limit tests SKIPPED: nothing answers at ${REDIS_URL} ***\n`);
}

describe.runIf(withRedis || process.env.CI)('rate limits shared through Redis (REDIS_URL)', () => {
  const key = freshKey();
  let a: TestApp;
  let b: TestApp;
  const env = { API_KEY: key, REDIS_URL, RATE_LIMIT_MANAGEMENT_PER_MINUTE: '3' };
  // Redis outlives the test run: an address of this run's own keeps earlier runs (and the other
  // database's run of this file, at the same time) out of the per-address count.
  const ip = `10.${randomBytes(3).join('.')}`;

  beforeAll(async () => {
    a = await startTestApp({ env });
    b = await startTestApp({ env });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('counts one key across two replicas', async () => {
    expect((await listCampaigns(a, key, ip)).statusCode).toBe(200);
    expect((await listCampaigns(b, key, ip)).statusCode).toBe(200);
    expect((await listCampaigns(a, key, ip)).statusCode).toBe(200);
    expectProblem(await listCampaigns(b, key, ip), 429, 'HTTP.RATE_LIMITED');
  });
});

describe('rate limits while Redis is out of reach', () => {
  const key = freshKey();
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      env: {
        API_KEY: key,
        REDIS_URL: 'redis://127.0.0.1:1',
        RATE_LIMIT_MANAGEMENT_PER_MINUTE: '2',
      },
    });
  });
  afterAll(() => t.close());

  it('keeps answering and counts in the process instead', async () => {
    expect((await listCampaigns(t, key)).statusCode).toBe(200);
    expect((await listCampaigns(t, key)).statusCode).toBe(200);
    expectProblem(await listCampaigns(t, key), 429, 'HTTP.RATE_LIMITED');
  });
});
