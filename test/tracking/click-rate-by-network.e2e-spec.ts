import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectRedirect, SAFE_PAGE_URL, trackingApi } from '../support/tracking-api.js';
import { storedClick } from '../support/tracking-rows.js';

/**
 * Per-IP click rules count an IPv6 visitor by its network (a /64 unless IPV6_SUBNET_PREFIX says
 * otherwise): one host is handed a whole /64 and could otherwise click from 2^64 addresses.
 */
const LIMIT = 49;
const OFFER_ORIGIN = 'https://offers.example.com';

describe(`GET /v1/click: the per-IP click rule by network (CLICK_RATE_LIMIT_PER_IP=${LIMIT})`, () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);

  beforeAll(async () => {
    t = await startTestApp({
      env: { CLICK_RATE_LIMIT_PER_IP: String(LIMIT) },
      now: new Date('2026-11-26T09:00:00Z'),
    });
  });
  afterAll(() => t.close());

  /** Sends one click from each address; the destinations of the last click and of the others. */
  const clickFromEach = async (addresses: string[]) => {
    const campaign_id = await tracking.activeCampaign();
    const origins: string[] = [];
    for (const ip of addresses.slice(0, -1)) {
      origins.push(
        new URL(expectRedirect(await tracking.click({ campaign_id }, { ip })).location).origin,
      );
    }
    const last = expectRedirect(await tracking.click({ campaign_id }, { ip: addresses.at(-1) }));
    return { origins: new Set(origins), last, campaign_id };
  };

  it(`sends the 50th click of one IPv4 address in a minute to the safe page`, async () => {
    const { origins, last } = await clickFromEach(Array(LIMIT + 1).fill('198.51.100.60'));
    expect(origins).toEqual(new Set([OFFER_ORIGIN]));
    expect(last.location).toBe(SAFE_PAGE_URL);
    expect((await storedClick(t, last.clickId)).reasons).toEqual(['ip_rate_exceeded']);
  });

  it('counts 50 clicks from 50 addresses of one IPv6 /64 exactly like 50 from one IPv4', async () => {
    const addresses = Array.from(
      { length: LIMIT + 1 },
      (_, i) => `2001:db8:60:1:${(i + 1).toString(16)}:${i * 7}::${i + 3}`,
    );
    const { origins, last, campaign_id } = await clickFromEach(addresses);
    expect(origins).toEqual(new Set([OFFER_ORIGIN]));
    expect(last.location).toBe(SAFE_PAGE_URL);
    // Stored as the visitor's own address; counted by its network.
    expect(await storedClick(t, last.clickId)).toMatchObject({
      ip: addresses.at(-1),
      reasons: ['ip_rate_exceeded'],
    });

    // The neighbouring /64 is another visitor.
    const neighbour = expectRedirect(
      await tracking.click({ campaign_id }, { ip: '2001:db8:60:2::1' }),
    );
    expect(new URL(neighbour.location).origin).toBe(OFFER_ORIGIN);
  });

  it('counts an IPv4-mapped IPv6 address with its IPv4', async () => {
    const addresses = Array.from({ length: LIMIT + 1 }, (_, i) =>
      i % 2 === 0 ? '198.51.100.61' : '::ffff:198.51.100.61',
    );
    const { origins, last } = await clickFromEach(addresses);
    expect(origins).toEqual(new Set([OFFER_ORIGIN]));
    expect(last.location).toBe(SAFE_PAGE_URL);
    expect((await storedClick(t, last.clickId)).reasons).toEqual(['ip_rate_exceeded']);
  });

  it('counts one visitor once as unique, whichever address of its /64 it clicks from', async () => {
    const campaign_id = await tracking.activeCampaign();
    const first = expectRedirect(await tracking.click({ campaign_id }, { ip: '2001:db8:61:1::a' }));
    const again = expectRedirect(
      await tracking.click({ campaign_id }, { ip: '2001:db8:61:1:ffff::b' }),
    );
    const elsewhere = expectRedirect(
      await tracking.click({ campaign_id }, { ip: '2001:db8:61:2::a' }),
    );
    expect((await storedClick(t, first.clickId)).isUnique).toBe(true);
    expect((await storedClick(t, again.clickId)).isUnique).toBe(false);
    expect((await storedClick(t, elsewhere.clickId)).isUnique).toBe(true);
  });
});

describe('GET /v1/click: a custom IPv6 network (IPV6_SUBNET_PREFIX=48, CLICK_RATE_LIMIT_PER_IP=2)', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);

  beforeAll(async () => {
    t = await startTestApp({ env: { CLICK_RATE_LIMIT_PER_IP: '2', IPV6_SUBNET_PREFIX: '48' } });
  });
  afterAll(() => t.close());

  it('counts every address of one /48 as one visitor', async () => {
    const campaign_id = await tracking.activeCampaign();
    for (const ip of ['2001:db8:62:1::1', '2001:db8:62:ff::1']) {
      expect(
        new URL(expectRedirect(await tracking.click({ campaign_id }, { ip })).location).origin,
      ).toBe(OFFER_ORIGIN);
    }
    const third = expectRedirect(
      await tracking.click({ campaign_id }, { ip: '2001:db8:62:abcd::1' }),
    );
    expect(third.location).toBe(SAFE_PAGE_URL);
  });
});
