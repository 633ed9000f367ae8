import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  BROWSER_UA,
  DEFAULT_SAFE_PAGE,
  expectRedirect,
  filledOfferUrl,
  GOOGLEBOT_UA,
  SAFE_PAGE_URL,
  trackingApi,
} from '../support/tracking-api.js';
import { storedClick } from '../support/tracking-rows.js';

/** GET /v1/click: where a clean click goes, what is stored, and which clicks are unique. */
const DAY = 24 * 3_600_000;

describe('GET /v1/click: redirect and stored click', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);
  const { click } = tracking;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('sends a clean click to the offer URL with every macro filled and URL-encoded, and stores it', async () => {
    const campaignId = await tracking.activeCampaign();
    const affiliateId = await tracking.activeAffiliate();
    const subs = {
      sub1: 'summer sale',
      sub2: 'a&b=c',
      sub3: 'ünïcödé ✓',
      sub4: 'x/y?z#w',
      sub5: '100%',
    };
    const referer = 'https://blog.example.net/post?id=1';
    const response = await click(
      { campaign_id: campaignId, affiliate_id: affiliateId, ...subs, external_id: 'visit-42' },
      { ip: '8.8.8.8', referer },
    );

    const { location, clickId } = expectRedirect(response);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(location).toBe(
      filledOfferUrl({
        click_id: clickId,
        campaign_id: campaignId,
        affiliate_id: affiliateId,
        ...subs,
      }),
    );
    expect(await storedClick(t, clickId)).toEqual({
      id: clickId,
      clickedAt: t.clock.now().toISOString(),
      campaignId,
      affiliateId,
      ...subs,
      externalId: 'visit-42',
      ip: '8.8.8.8',
      userAgent: BROWSER_UA,
      referrer: referer,
      country: 'US',
      deviceType: 'desktop',
      os: 'Windows',
      browser: 'Chrome',
      isBot: false,
      isBlocked: false,
      isUnique: true,
      reasons: [],
      destinationKind: 'offer',
      destination: location,
    });
  });

  it('leaves the macros of absent parameters empty and stores them as null', async () => {
    const campaignId = await tracking.activeCampaign();
    const { location, clickId } = expectRedirect(await click({ campaign_id: campaignId }));
    expect(location).toBe(filledOfferUrl({ click_id: clickId, campaign_id: campaignId }));
    expect(await storedClick(t, clickId)).toMatchObject({
      affiliateId: null,
      sub1: null,
      sub5: null,
      externalId: null,
      referrer: null,
      country: null,
      reasons: [],
      destination: location,
    });
  });

  it('gives every click its own id', async () => {
    const campaignId = await tracking.activeCampaign();
    const ids = new Set<string>();
    for (let i = 0; i < 5; i += 1)
      ids.add(expectRedirect(await click({ campaign_id: campaignId })).clickId);
    expect(ids.size).toBe(5);
  });

  it('needs no API key on /v1/click and /v1/impression, and ignores a wrong one', async () => {
    const campaignId = await tracking.activeCampaign();
    for (const [path, status] of [
      ['/v1/click', 302],
      ['/v1/impression', 200],
    ] as const) {
      for (const key of ['', 'ak_not-a-real-key']) {
        const response = await t.request({
          method: 'GET',
          url: `${path}?campaign_id=${campaignId}`,
          headers: { 'user-agent': BROWSER_UA, 'x-api-key': key },
        });
        expect(response.statusCode, `${path} key '${key}': ${response.body}`).toBe(status);
      }
    }
  });

  it("sends filtered clicks to the campaign's safe page, or to <base>/mock-safe-page when it has none", async () => {
    const withSafePage = await tracking.activeCampaign();
    const withoutSafePage = await tracking.activeCampaign({ safePageUrl: null });
    const bot = { userAgent: GOOGLEBOT_UA };
    const own = expectRedirect(await click({ campaign_id: withSafePage }, bot));
    expect(own.location).toBe(SAFE_PAGE_URL);
    const builtIn = expectRedirect(await click({ campaign_id: withoutSafePage }, bot));
    expect(builtIn.location).toBe(DEFAULT_SAFE_PAGE);
    expect(await storedClick(t, builtIn.clickId)).toMatchObject({
      destinationKind: 'safe_page',
      destination: DEFAULT_SAFE_PAGE,
    });
  });

  it('uses the public base URL for the built-in safe page when PUBLIC_BASE_URL is set', async () => {
    const other = await startTestApp({ env: { PUBLIC_BASE_URL: 'https://track.example.com/' } });
    try {
      const api = trackingApi(() => other);
      const campaignId = await api.activeCampaign({ safePageUrl: null });
      const { location } = expectRedirect(
        await api.click({ campaign_id: campaignId }, { userAgent: GOOGLEBOT_UA }),
      );
      expect(location).toBe('https://track.example.com/mock-safe-page');
    } finally {
      await other.close();
    }
  });

  it('knows an affiliate registered a moment ago, before any refresh of the directory', async () => {
    const campaignId = await tracking.activeCampaign();
    const { id: affiliateId } = await tracking.affiliates.register();
    const { location, clickId } = expectRedirect(
      await tracking.click({ campaign_id: campaignId, affiliate_id: affiliateId }),
    );
    expect(new URL(location).origin).toBe('https://offers.example.com');
    expect((await storedClick(t, clickId)).reasons).toEqual([]);
  });

  it('follows an edited offer URL once the campaign directory has refreshed', async () => {
    const campaignId = await tracking.activeCampaign();
    expectRedirect(await click({ campaign_id: campaignId }));
    const offerUrl = 'https://new-offers.example.com/v2?c={click_id}';
    const patched = await tracking.campaigns.patch(campaignId, { offerUrl });
    expect(patched.statusCode, patched.body).toBe(200);
    await tracking.refreshDirectory();
    const { location, clickId } = expectRedirect(await click({ campaign_id: campaignId }));
    expect(location).toBe(filledOfferUrl({ click_id: clickId }, offerUrl));
  });

  describe('unique and duplicate clicks', () => {
    it('counts the same visitor on the same link again as a duplicate, still sent to the offer', async () => {
      const campaignId = await tracking.activeCampaign();
      const affiliateId = await tracking.activeAffiliate();
      const query = { campaign_id: campaignId, affiliate_id: affiliateId };
      const first = expectRedirect(await click(query, { ip: '203.0.113.10' }));
      const again = expectRedirect(await click(query, { ip: '203.0.113.10' }));
      expect(again.location).toBe(
        filledOfferUrl({
          click_id: again.clickId,
          campaign_id: campaignId,
          affiliate_id: affiliateId,
        }),
      );
      expect(await storedClick(t, first.clickId)).toMatchObject({ isUnique: true, reasons: [] });
      expect(await storedClick(t, again.clickId)).toMatchObject({
        isUnique: false,
        reasons: [],
        destinationKind: 'offer',
      });
    });

    it('counts another visitor, or the same visitor through another affiliate or campaign, as unique', async () => {
      const campaignId = await tracking.activeCampaign();
      const otherCampaign = await tracking.activeCampaign();
      const [a, b] = [await tracking.activeAffiliate(), await tracking.activeAffiliate()];
      const ip = '203.0.113.11';
      const clicks = [
        await click({ campaign_id: campaignId, affiliate_id: a }, { ip }),
        await click({ campaign_id: campaignId, affiliate_id: a }, { ip: '203.0.113.12' }),
        await click({ campaign_id: campaignId, affiliate_id: b }, { ip }),
        await click({ campaign_id: campaignId }, { ip }),
        await click({ campaign_id: otherCampaign, affiliate_id: a }, { ip }),
      ];
      for (const response of clicks) {
        expect(await storedClick(t, expectRedirect(response).clickId)).toMatchObject({
          isUnique: true,
        });
      }
    });

    it('never counts a click sent to the safe page as unique, nor lets it use up the visitor', async () => {
      const campaignId = await tracking.activeCampaign();
      const ip = '203.0.113.13';
      const bot = expectRedirect(
        await click({ campaign_id: campaignId }, { ip, userAgent: GOOGLEBOT_UA }),
      );
      expect(await storedClick(t, bot.clickId)).toMatchObject({ isUnique: false, isBot: true });
      const person = expectRedirect(await click({ campaign_id: campaignId }, { ip }));
      expect(await storedClick(t, person.clickId)).toMatchObject({ isUnique: true });
    });

    it('counts the visitor as unique again once 24 hours have passed since their unique click', async () => {
      const campaignId = await tracking.activeCampaign();
      const query = { campaign_id: campaignId };
      const ip = '203.0.113.14';
      const uniqueness = async () =>
        (await storedClick(t, expectRedirect(await click(query, { ip })).clickId)).isUnique;

      expect(await uniqueness()).toBe(true);
      t.clock.advance(DAY - 1);
      expect(await uniqueness()).toBe(false);
      t.clock.advance(2);
      expect(await uniqueness()).toBe(true);
      t.clock.advance(1);
      expect(await uniqueness()).toBe(false);
    });
  });
});
