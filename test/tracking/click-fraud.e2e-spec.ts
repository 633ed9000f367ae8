import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  expectRedirect,
  GOOGLEBOT_UA,
  IPHONE_UA,
  SAFE_PAGE_URL,
  trackingApi,
} from '../support/tracking-api.js';
import { storedClick } from '../support/tracking-rows.js';

/** Bots, blocked traffic and clicks a campaign cannot take go to the safe page, with every reason. */
const HOUR = 3_600_000;
const OPEN_CAMPAIGN = { safePageUrl: SAFE_PAGE_URL, schedule: null, targeting: null };

describe('GET /v1/click: the safe page and its reasons', () => {
  let t: TestApp;
  const tracking = trackingApi(() => t);
  const { click } = tracking;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** Asserts the click went to the safe page and was stored with exactly these reasons. */
  async function expectSafePage(
    response: LightMyRequestResponse,
    reasons: string[],
    flags: { isBot?: boolean; isBlocked?: boolean } = {},
  ) {
    const { location, clickId } = expectRedirect(response);
    expect(location).toBe(SAFE_PAGE_URL);
    expect(response.headers['cache-control']).toBe('no-store');
    const stored = await storedClick(t, clickId);
    expect(stored).toMatchObject({
      reasons,
      destinationKind: 'safe_page',
      destination: SAFE_PAGE_URL,
      isUnique: false,
      isBot: flags.isBot ?? false,
      isBlocked: flags.isBlocked ?? false,
    });
    return stored;
  }

  const expectOffer = (response: LightMyRequestResponse) => {
    const { location } = expectRedirect(response);
    expect(new URL(location).origin).toBe('https://offers.example.com');
  };

  describe('bots', () => {
    it('sends a bot user agent (Googlebot) to the safe page as a bot', async () => {
      const campaign_id = await tracking.activeCampaign();
      const stored = await expectSafePage(
        await click({ campaign_id }, { userAgent: GOOGLEBOT_UA }),
        ['bot_user_agent'],
        { isBot: true },
      );
      expect(stored.userAgent).toBe(GOOGLEBOT_UA);
    });

    it('sends a click without a user agent to the safe page as a bot', async () => {
      const campaign_id = await tracking.activeCampaign();
      await expectSafePage(await click({ campaign_id }, { userAgent: '' }), ['empty_user_agent'], {
        isBot: true,
      });
      // Blank is empty too (the bot list also flags it, which adds bot_user_agent).
      const { location, clickId } = expectRedirect(
        await click({ campaign_id }, { userAgent: '   ' }),
      );
      expect(location).toBe(SAFE_PAGE_URL);
      expect((await storedClick(t, clickId)).reasons).toContain('empty_user_agent');
    });
  });

  describe('what the campaign can take', () => {
    it.each([
      ['draft', []],
      ['paused', ['activate', 'pause']],
      ['completed', ['activate', 'complete']],
    ])('sends clicks on a %s campaign to the safe page', async (_status, actions) => {
      const { id: campaign_id } = await tracking.campaigns.create(OPEN_CAMPAIGN);
      for (const action of actions) {
        expect((await tracking.campaigns.move(campaign_id, action)).statusCode).toBe(200);
      }
      await expectSafePage(await click({ campaign_id }), ['campaign_not_active']);
    });

    it('sends clicks to the safe page once a running campaign is paused, and to the offer once resumed', async () => {
      const campaign_id = await tracking.activeCampaign();
      expectOffer(await click({ campaign_id }));
      expect((await tracking.campaigns.move(campaign_id, 'pause')).statusCode).toBe(200);
      await tracking.refreshDirectory();
      await expectSafePage(await click({ campaign_id }), ['campaign_not_active']);
      expect((await tracking.campaigns.move(campaign_id, 'activate')).statusCode).toBe(200);
      await tracking.refreshDirectory();
      expectOffer(await click({ campaign_id }));
    });

    it('sends clicks before the schedule starts and after it ends to the safe page', async () => {
      const now = t.clock.now().getTime();
      const notYet = await tracking.activeCampaign({
        schedule: { startsAt: new Date(now + HOUR).toISOString(), endsAt: null },
      });
      await expectSafePage(await click({ campaign_id: notYet }), ['outside_schedule']);

      const endsSoon = await tracking.activeCampaign({
        schedule: { startsAt: null, endsAt: new Date(now + HOUR).toISOString() },
      });
      expectOffer(await click({ campaign_id: endsSoon }));
      t.clock.advance(HOUR);
      await expectSafePage(await click({ campaign_id: endsSoon }), ['outside_schedule']);
      expectOffer(await click({ campaign_id: notYet }));
    });

    it('sends visitors from a country the campaign does not target to the safe page', async () => {
      const campaign_id = await tracking.activeCampaign({ targeting: { countries: ['gb'] } });
      const stored = await expectSafePage(await click({ campaign_id }, { ip: '8.8.8.8' }), [
        'country_not_targeted',
      ]);
      expect(stored.country).toBe('US');
      // An address that cannot be located is not in any targeted country either.
      await expectSafePage(await click({ campaign_id }, { ip: '127.0.0.1' }), [
        'country_not_targeted',
      ]);
      expectOffer(await click({ campaign_id }, { ip: '81.2.69.142' }));
    });

    it('sends a device the campaign does not target (a phone on desktop targeting) to the safe page', async () => {
      const campaign_id = await tracking.activeCampaign({ targeting: { devices: ['desktop'] } });
      const stored = await expectSafePage(await click({ campaign_id }, { userAgent: IPHONE_UA }), [
        'device_not_targeted',
      ]);
      expect(stored).toMatchObject({ deviceType: 'mobile', os: 'iOS', browser: 'Safari' });
      expectOffer(await click({ campaign_id }));
    });
  });

  describe('affiliates', () => {
    it('sends a click naming an affiliate that does not exist to the safe page as blocked', async () => {
      const campaign_id = await tracking.activeCampaign();
      const stored = await expectSafePage(
        await click({ campaign_id, affiliate_id: 'no-such-affiliate' }),
        ['affiliate_unknown'],
        { isBlocked: true },
      );
      expect(stored.affiliateId).toBe('no-such-affiliate');
    });

    it('sends a click through a suspended affiliate to the safe page as blocked, and to the offer once reactivated', async () => {
      const campaign_id = await tracking.activeCampaign();
      const affiliate_id = await tracking.activeAffiliate();
      expectOffer(await click({ campaign_id, affiliate_id }));
      await tracking.affiliates.suspend(affiliate_id);
      await tracking.refreshDirectory();
      await expectSafePage(await click({ campaign_id, affiliate_id }), ['affiliate_suspended'], {
        isBlocked: true,
      });
      await tracking.affiliates.reactivate(affiliate_id);
      await tracking.refreshDirectory();
      expectOffer(await click({ campaign_id, affiliate_id }));
    });
  });

  describe('block lists', () => {
    it('sends a blocked IP address to the safe page, and lets it through once unblocked', async () => {
      const campaign_id = await tracking.activeCampaign();
      const ip = '198.51.100.7';
      const entry = await tracking.block('ip', ip);
      await expectSafePage(await click({ campaign_id }, { ip }), ['blocked_ip'], {
        isBlocked: true,
      });
      expectOffer(await click({ campaign_id }, { ip: '198.51.100.8' }));
      await tracking.unblock(entry.id);
      expectOffer(await click({ campaign_id }, { ip }));
    });

    it('sends every address of a blocked CIDR range to the safe page, IPv4-mapped IPv6 included', async () => {
      const campaign_id = await tracking.activeCampaign();
      const entry = await tracking.block('ip', '192.0.2.0/24');
      for (const ip of ['192.0.2.1', '192.0.2.254', '::ffff:192.0.2.9']) {
        await expectSafePage(await click({ campaign_id }, { ip }), ['blocked_ip'], {
          isBlocked: true,
        });
      }
      expectOffer(await click({ campaign_id }, { ip: '192.0.3.1' }));
      await tracking.unblock(entry.id);
    });

    it('sends every address of a blocked IPv6 range to the safe page', async () => {
      const campaign_id = await tracking.activeCampaign();
      const entry = await tracking.block('ip', '2001:db8:1::/48');
      for (const ip of ['2001:db8:1::1', '2001:db8:1:ffff::abcd']) {
        const stored = await expectSafePage(await click({ campaign_id }, { ip }), ['blocked_ip'], {
          isBlocked: true,
        });
        expect(stored.ip).toBe(ip);
      }
      expectOffer(await click({ campaign_id }, { ip: '2001:db8:2::1' }));
      await tracking.unblock(entry.id);
    });

    it('blocks the whole loopback range 127.0.0.0/8', async () => {
      const campaign_id = await tracking.activeCampaign();
      const entry = await tracking.block('ip', '127.0.0.0/8');
      await expectSafePage(await click({ campaign_id }, { ip: '127.0.0.1' }), ['blocked_ip'], {
        isBlocked: true,
      });
      await tracking.unblock(entry.id);
      expectOffer(await click({ campaign_id }, { ip: '127.0.0.1' }));
    });

    it('sends a referrer on a blocked domain or any of its subdomains to the safe page', async () => {
      const campaign_id = await tracking.activeCampaign();
      const entry = await tracking.block('referrer_domain', 'spam.example');
      for (const referer of [
        'https://spam.example/',
        'https://ads.spam.example/landing?x=1',
        'http://A.B.SPAM.EXAMPLE./page',
      ]) {
        const stored = await expectSafePage(
          await click({ campaign_id }, { referer }),
          ['blocked_referrer'],
          { isBlocked: true },
        );
        expect(stored.referrer).toBe(referer);
      }
      for (const referer of [
        'https://notspam.example/',
        'https://spam.example.org/',
        'not a url',
      ]) {
        expectOffer(await click({ campaign_id }, { referer }));
      }
      await tracking.unblock(entry.id);
    });
  });

  it('records every reason that applies at once, in order', async () => {
    const campaign_id = await tracking.activeCampaign({
      targeting: { countries: ['CA'], devices: ['desktop'] },
    });
    expect((await tracking.campaigns.move(campaign_id, 'pause')).statusCode).toBe(200);
    const ip = '198.51.100.77';
    const entry = await tracking.block('ip', ip);
    const referrerEntry = await tracking.block('referrer_domain', 'junk.example');
    await expectSafePage(
      await click(
        { campaign_id, affiliate_id: 'ghost' },
        { ip, userAgent: GOOGLEBOT_UA, referer: 'https://www.junk.example/' },
      ),
      [
        'campaign_not_active',
        'country_not_targeted',
        'device_not_targeted',
        'affiliate_unknown',
        'bot_user_agent',
        'blocked_ip',
        'blocked_referrer',
      ],
      { isBot: true, isBlocked: true },
    );
    await tracking.unblock(entry.id);
    await tracking.unblock(referrerEntry.id);
  });
});
