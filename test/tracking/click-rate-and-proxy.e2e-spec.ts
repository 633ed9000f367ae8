import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectRedirect, SAFE_PAGE_URL, trackingApi } from '../support/tracking-api.js';
import { storedClick } from '../support/tracking-rows.js';

/** The per-IP click rate, and which address counts as the visitor's behind a proxy. */
const MINUTE = 60_000;
const OFFER_ORIGIN = 'https://offers.example.com';

describe('GET /v1/click: clicks per IP and minute (CLICK_RATE_LIMIT_PER_IP=3)', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);

  beforeAll(async () => {
    t = await startTestApp({
      env: { CLICK_RATE_LIMIT_PER_IP: '3' },
      now: new Date('2026-11-26T09:00:00Z'),
    });
  });
  afterAll(() => t.close());

  it('sends the 4th click of one IP within a minute to the safe page as ip_rate_exceeded', async () => {
    const campaign_id = await tracking.activeCampaign();
    const ip = '198.51.100.20';
    for (let i = 0; i < 3; i += 1) {
      const { location } = expectRedirect(await tracking.click({ campaign_id }, { ip }));
      expect(new URL(location).origin).toBe(OFFER_ORIGIN);
    }
    t.clock.advance(MINUTE - 1);
    const fourth = expectRedirect(await tracking.click({ campaign_id }, { ip }));
    expect(fourth.location).toBe(SAFE_PAGE_URL);
    expect(await storedClick(t, fourth.clickId)).toMatchObject({
      reasons: ['ip_rate_exceeded'],
      isBlocked: true,
      isBot: false,
      destinationKind: 'safe_page',
    });

    // Another visitor in the same minute is not affected.
    const other = expectRedirect(await tracking.click({ campaign_id }, { ip: '198.51.100.21' }));
    expect(new URL(other.location).origin).toBe(OFFER_ORIGIN);

    // The next minute starts a new count.
    t.clock.advance(1);
    const nextMinute = expectRedirect(await tracking.click({ campaign_id }, { ip }));
    expect(new URL(nextMinute.location).origin).toBe(OFFER_ORIGIN);
  });

  it('counts the clicks of one IP across campaigns', async () => {
    const [a, b] = [await tracking.activeCampaign(), await tracking.activeCampaign()];
    const ip = '198.51.100.22';
    for (const campaign_id of [a, b, a])
      expectRedirect(await tracking.click({ campaign_id }, { ip }));
    const { clickId } = expectRedirect(await tracking.click({ campaign_id: b }, { ip }));
    expect((await storedClick(t, clickId)).reasons).toEqual(['ip_rate_exceeded']);
  });
});

describe('GET /v1/click behind one proxy (TRUST_PROXY=1, CLICK_RATE_LIMIT_PER_IP=3)', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);

  beforeAll(async () => {
    t = await startTestApp({ env: { TRUST_PROXY: '1', CLICK_RATE_LIMIT_PER_IP: '3' } });
  });
  afterAll(() => t.close());

  // The proxy appends the address it saw to whatever X-Forwarded-For the visitor sent.
  const viaProxy = (query: Record<string, string>, forwardedFor: string) =>
    tracking.click(query, { ip: '10.0.0.1', headers: { 'x-forwarded-for': forwardedFor } });

  it("stores the address the proxy appended as the visitor's IP, and locates it", async () => {
    const campaign_id = await tracking.activeCampaign({ targeting: { countries: ['GB'] } });
    const { location, clickId } = expectRedirect(
      await viaProxy({ campaign_id }, '8.8.8.8, 81.2.69.142'),
    );
    expect(new URL(location).origin).toBe(OFFER_ORIGIN);
    expect(await storedClick(t, clickId)).toMatchObject({
      ip: '81.2.69.142',
      country: 'GB',
      reasons: [],
    });
  });

  it('applies the block list to the forwarded address, not to the proxy', async () => {
    const campaign_id = await tracking.activeCampaign();
    const entry = await tracking.block('ip', '81.2.69.143');
    const blocked = expectRedirect(await viaProxy({ campaign_id }, '81.2.69.143'));
    expect(blocked.location).toBe(SAFE_PAGE_URL);
    expect((await storedClick(t, blocked.clickId)).reasons).toEqual(['blocked_ip']);
    const passed = expectRedirect(await viaProxy({ campaign_id }, '81.2.69.144'));
    expect(new URL(passed.location).origin).toBe(OFFER_ORIGIN);
    await tracking.unblock(entry.id);
  });

  it('keeps a blocked visitor blocked whatever first hop it forges', async () => {
    const campaign_id = await tracking.activeCampaign();
    const entry = await tracking.block('ip', '81.2.69.145');
    for (const forged of ['9.9.9.9', '9.9.9.9, 1.1.1.1', 'unknown']) {
      const { location, clickId } = expectRedirect(
        await viaProxy({ campaign_id }, `${forged}, 81.2.69.145`),
      );
      expect(location, forged).toBe(SAFE_PAGE_URL);
      expect(await storedClick(t, clickId)).toMatchObject({
        ip: '81.2.69.145',
        reasons: ['blocked_ip'],
      });
    }
    await tracking.unblock(entry.id);
  });

  it('counts the clicks of one visitor however the forged first hop rotates', async () => {
    const campaign_id = await tracking.activeCampaign();
    const forged = (n: number) => viaProxy({ campaign_id }, `${n}.9.9.9, 198.51.100.30`);
    for (let n = 1; n <= 3; n += 1) {
      const { location } = expectRedirect(await forged(n));
      expect(new URL(location).origin).toBe(OFFER_ORIGIN);
    }
    const fourth = expectRedirect(await forged(4));
    expect(fourth.location).toBe(SAFE_PAGE_URL);
    expect((await storedClick(t, fourth.clickId)).reasons).toEqual(['ip_rate_exceeded']);
  });

  it('still redirects (never a 500) and stores a real address when X-Forwarded-For holds none', async () => {
    const campaign_id = await tracking.activeCampaign();
    for (const forwardedFor of ['unknown', 'x'.repeat(60), `81.2.69.142, ${'a'.repeat(50)}`]) {
      const response = await viaProxy({ campaign_id }, forwardedFor);
      expect(response.statusCode, `${forwardedFor}: ${response.body}`).toBe(302);
      const stored = await storedClick(t, response.headers['x-click-id'] as string);
      // Not believed, and nothing left of it believed either: the proxy's own address counts.
      expect(stored.ip, forwardedFor).toBe('10.0.0.1');
    }
  });

  it('takes the address before the one proxy as the visitor, nothing further left', async () => {
    const campaign_id = await tracking.activeCampaign();
    const { clickId } = expectRedirect(
      await viaProxy({ campaign_id }, '81.2.69.146, 203.0.113.50'),
    );
    expect((await storedClick(t, clickId)).ip).toBe('203.0.113.50');
  });
});

describe('GET /v1/click behind trusted proxy ranges (TRUST_PROXY=10.0.0.0/8, fd00::/8)', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);

  beforeAll(async () => {
    t = await startTestApp({ env: { TRUST_PROXY: '10.0.0.0/8, fd00::/8' } });
  });
  afterAll(() => t.close());

  const clickFrom = async (socket: string, forwardedFor: string) => {
    const campaign_id = await tracking.activeCampaign();
    const { clickId } = expectRedirect(
      await tracking.click(
        { campaign_id },
        { ip: socket, headers: { 'x-forwarded-for': forwardedFor } },
      ),
    );
    return storedClick(t, clickId);
  };

  it('skips every hop added by a trusted proxy: the first untrusted from the right is the visitor', async () => {
    const stored = await clickFrom('10.0.0.1', '9.9.9.9, 81.2.69.142, fd00::7, 10.1.2.3');
    expect(stored).toMatchObject({ ip: '81.2.69.142', country: 'GB' });
  });

  it('believes no X-Forwarded-For from a peer outside the trusted ranges', async () => {
    expect((await clickFrom('8.8.8.8', '81.2.69.142')).ip).toBe('8.8.8.8');
  });

  it('stops at a forwarded entry that is no address: the trusted hop that passed it on counts', async () => {
    expect((await clickFrom('10.0.0.1', '81.2.69.142, junk, 10.0.0.9')).ip).toBe('10.0.0.9');
  });

  it('keeps a blocked visitor blocked behind two trusted hops, whatever it forges', async () => {
    const entry = await tracking.block('ip', '81.2.69.147');
    const stored = await clickFrom('10.0.0.1', '1.1.1.1, 81.2.69.147, 10.0.0.2');
    expect(stored).toMatchObject({ ip: '81.2.69.147', reasons: ['blocked_ip'] });
    await tracking.unblock(entry.id);
  });
});

describe('GET /v1/click without a trusted proxy (TRUST_PROXY default false)', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('ignores X-Forwarded-For: the socket address is stored, blocked and located', async () => {
    const campaign_id = await tracking.activeCampaign();
    const entry = await tracking.block('ip', '81.2.69.142');
    const { location, clickId } = expectRedirect(
      await tracking.click(
        { campaign_id },
        { ip: '8.8.8.8', headers: { 'x-forwarded-for': '81.2.69.142' } },
      ),
    );
    expect(new URL(location).origin).toBe(OFFER_ORIGIN);
    expect(await storedClick(t, clickId)).toMatchObject({
      ip: '8.8.8.8',
      country: 'US',
      reasons: [],
    });

    // A spoofed header cannot dodge the block list either.
    const blocked = expectRedirect(
      await tracking.click(
        { campaign_id },
        { ip: '81.2.69.142', headers: { 'x-forwarded-for': '8.8.4.4' } },
      ),
    );
    expect(await storedClick(t, blocked.clickId)).toMatchObject({
      ip: '81.2.69.142',
      reasons: ['blocked_ip'],
    });
    await tracking.unblock(entry.id);
  });
});
