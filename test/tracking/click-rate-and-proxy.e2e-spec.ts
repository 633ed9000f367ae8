import { isIP } from 'node:net';
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

describe('GET /v1/click behind a proxy (TRUST_PROXY=true)', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);

  beforeAll(async () => {
    t = await startTestApp({ env: { TRUST_PROXY: 'true' } });
  });
  afterAll(() => t.close());

  const viaProxy = (query: Record<string, string>, forwardedFor: string) =>
    tracking.click(query, { ip: '10.0.0.1', headers: { 'x-forwarded-for': forwardedFor } });

  it("stores the first X-Forwarded-For address as the visitor's IP, and locates it", async () => {
    const campaign_id = await tracking.activeCampaign({ targeting: { countries: ['GB'] } });
    const { location, clickId } = expectRedirect(
      await viaProxy({ campaign_id }, '81.2.69.142, 10.0.0.2'),
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

  it('still redirects (never a 500) and stores a real address when X-Forwarded-For holds none', async () => {
    const campaign_id = await tracking.activeCampaign();
    for (const forwardedFor of ['unknown', 'x'.repeat(60), `${'a'.repeat(50)}, 81.2.69.142`]) {
      const response = await viaProxy({ campaign_id }, forwardedFor);
      expect(response.statusCode, `${forwardedFor}: ${response.body}`).toBe(302);
      const stored = await storedClick(t, response.headers['x-click-id'] as string);
      expect(isIP(stored.ip), `stored ip ${stored.ip}`).not.toBe(0);
    }
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
