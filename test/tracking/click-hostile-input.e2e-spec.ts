import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MISSING_ID } from '../support/campaigns-api.js';
import { expectProblem, fieldsOf } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  expectRedirect,
  filledOfferUrl,
  GOOGLEBOT_UA,
  SAFE_PAGE_URL,
  trackingApi,
} from '../support/tracking-api.js';
import { clickCount, storedClick } from '../support/tracking-rows.js';

/** Parameters an attacker controls can never choose where the visitor lands. */
const OFFER_ORIGIN = 'https://offers.example.com';
/** Macros in the path and fragment too, where a value could most easily bend the URL. */
const PATH_OFFER_URL = 'https://offers.example.com/go/{sub1}/{sub2}?c={click_id}&s={sub3}#{sub4}';

const HOSTILE_VALUES = [
  'https://evil.example',
  '//evil.example',
  '@evil.example',
  '\\\\evil.example',
  '%2F%2Fevil.example',
  'evil.example:443@evil.example',
  '../../../evil.example',
  'javascript:alert(1)',
  '\r\nSet-Cookie: x=1',
  '\r\nLocation: https://evil.example',
  '💥'.repeat(127),
  'é'.repeat(255),
];

describe('GET /v1/click: hostile parameters', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);
  const { click } = tracking;
  let campaignId: string;
  let pathCampaignId: string;

  beforeAll(async () => {
    t = await startTestApp();
    campaignId = await tracking.activeCampaign();
    pathCampaignId = await tracking.activeCampaign({ offerUrl: PATH_OFFER_URL });
  });
  afterAll(() => t.close());

  describe('values that try to move the redirect', () => {
    it.each(HOSTILE_VALUES)('keeps the offer origin for the sub value %j', async (value) => {
      for (const campaign_id of [campaignId, pathCampaignId]) {
        const subs = { sub1: value, sub2: value, sub3: value, sub4: value, sub5: value };
        const response = await click({ campaign_id, ...subs });
        const { location, clickId } = expectRedirect(response);
        expect(new URL(location).origin).toBe(OFFER_ORIGIN);
        expect(location).not.toMatch(/[\r\n]/);
        expect(response.headers['set-cookie']).toBeUndefined();
        expect(await storedClick(t, clickId)).toMatchObject({ ...subs, destination: location });
      }
    });

    it('fills the macros with the values URL-encoded, wherever they sit in the offer URL', async () => {
      const subs = { sub1: '//evil.example', sub2: '@evil.example', sub3: 'a&url=b', sub4: '#x' };
      const { location, clickId } = expectRedirect(
        await click({ campaign_id: pathCampaignId, ...subs }),
      );
      expect(location).toBe(filledOfferUrl({ click_id: clickId, ...subs }, PATH_OFFER_URL));
    });

    it('ignores extra parameters such as url= and redirect=', async () => {
      const extras = {
        url: 'https://evil.example',
        redirect: 'https://evil.example/',
        next: '//evil.example',
        return_to: 'https://evil.example',
        destination: 'https://evil.example',
      };
      const offer = expectRedirect(await click({ campaign_id: campaignId, ...extras }));
      expect(offer.location).toBe(
        filledOfferUrl({ click_id: offer.clickId, campaign_id: campaignId }),
      );
      const bot = expectRedirect(
        await click({ campaign_id: campaignId, ...extras }, { userAgent: GOOGLEBOT_UA }),
      );
      expect(bot.location).toBe(SAFE_PAGE_URL);
    });

    it('takes the first value of a repeated parameter', async () => {
      const { clickId } = expectRedirect(
        await click(`campaign_id=${campaignId}&sub1=first&sub1=https%3A%2F%2Fevil.example`),
      );
      expect((await storedClick(t, clickId)).sub1).toBe('first');
    });

    it.each(['%', '%zz', '%ED%A0%80', '%C0%AF', '%F0%9F'])(
      'redirects to the offer (never a 500) for the malformed encoding sub1=%s',
      async (raw) => {
        const response = await click(`campaign_id=${campaignId}&sub1=${raw}`);
        const { location } = expectRedirect(response);
        expect(new URL(location).origin).toBe(OFFER_ORIGIN);
      },
    );

    it.each([35, 36])(
      'sends an unknown affiliate id of %i characters (the most allowed is 36) to the safe page, never a 500',
      async (length) => {
        const affiliate_id = 'a'.repeat(length);
        const { location, clickId } = expectRedirect(
          await click({ campaign_id: campaignId, affiliate_id }),
        );
        expect(location).toBe(SAFE_PAGE_URL);
        expect(await storedClick(t, clickId)).toMatchObject({
          affiliateId: affiliate_id,
          reasons: ['affiliate_unknown'],
        });
      },
    );
  });

  describe('oversized headers', () => {
    it('stores a very long user agent and referrer cut to 1024 and 2048 characters', async () => {
      const userAgent = `${'Mozilla/5.0 (Windows NT 10.0) Chrome/131.0 '.repeat(40)}`;
      const referer = `https://blog.example.net/${'p'.repeat(5000)}`;
      const { clickId } = expectRedirect(
        await click({ campaign_id: campaignId }, { userAgent, referer }),
      );
      const stored = await storedClick(t, clickId);
      expect(stored.userAgent).toBe(userAgent.slice(0, 1024));
      expect(stored.referrer).toBe(referer.slice(0, 2048));
    });
  });

  describe('values that cannot be stored: 422 TRACKING.INVALID_CLICK naming the parameter', () => {
    const expectRefused = async (query: string, fields: string[]) => {
      const before = await clickCount(t);
      const body = expectProblem(await click(query), 422, 'TRACKING.INVALID_CLICK');
      expect(fieldsOf(body)).toEqual(fields);
      expect(await clickCount(t)).toBe(before);
    };

    it.each(['sub1', 'sub3', 'sub5', 'external_id', 'affiliate_id'])(
      'refuses a NUL character in %s',
      async (name) => {
        await expectRefused(`campaign_id=${campaignId}&${name}=abc%00def`, [name]);
      },
    );

    it.each([
      ['sub2', 255],
      ['sub4', 255],
      ['external_id', 255],
      ['affiliate_id', 36],
      ['campaign_id', 36],
    ])('refuses %s longer than %i characters', async (name, max) => {
      const others = name === 'campaign_id' ? '' : `campaign_id=${campaignId}&`;
      await expectRefused(`${others}${name}=${'x'.repeat(max + 1)}`, [name]);
    });

    it('accepts a sub id of exactly 255 characters and stores it whole', async () => {
      const sub2 = 'y'.repeat(255);
      const { clickId } = expectRedirect(await click({ campaign_id: campaignId, sub2 }));
      expect((await storedClick(t, clickId)).sub2).toBe(sub2);
    });

    it('names every invalid parameter at once', async () => {
      await expectRefused(`campaign_id=${campaignId}&sub1=%00&sub5=${'z'.repeat(256)}`, [
        'sub1',
        'sub5',
      ]);
    });

    it('refuses a link without campaign_id, or with an empty one', async () => {
      await expectRefused('sub1=abc', ['campaign_id']);
      await expectRefused('campaign_id=&sub1=abc', ['campaign_id']);
    });
  });

  describe('unknown campaigns', () => {
    it.each([MISSING_ID, 'not-a-campaign', "1' OR '1'='1"])(
      'answers 404 TRACKING.UNKNOWN_CAMPAIGN as problem+json for %j and stores nothing',
      async (campaign_id) => {
        const before = await clickCount(t);
        const response = await click({ campaign_id });
        expectProblem(response, 404, 'TRACKING.UNKNOWN_CAMPAIGN');
        expect(response.headers.location).toBeUndefined();
        expect(await clickCount(t)).toBe(before);
      },
    );
  });
});
