import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectRedirect, GOOGLEBOT_UA, trackingApi } from '../support/tracking-api.js';

/** Host headers a visitor or a caller may send that are not a host[:port]. */
const HOSTILE_HOSTS = [
  'evil.example/x?',
  'evil.example/x#',
  'user@evil.example',
  'evil.example:80@other.example',
  'evil.example\\x',
  'evil.example:99999',
  'evil.example:',
  '[::1',
  '-evil.example',
];

/**
 * The addresses the API hands out (the built-in safe page, tracking links, the postback URL)
 * never carry what a client wrote into Host: PUBLIC_BASE_URL when set, else a Host that is
 * exactly a host[:port], else the server's own address.
 */
describe('the public base URL of links and redirects', () => {
  describe('in debug mode without PUBLIC_BASE_URL', () => {
    let t: TestApp;
    const tracking = trackingApi(() => t);

    beforeAll(async () => {
      t = await startTestApp();
    });
    afterAll(() => t.close());

    const botClick = async (campaignId: string, host: string) =>
      expectRedirect(
        await tracking.click(
          { campaign_id: campaignId },
          { userAgent: GOOGLEBOT_UA, headers: { host } },
        ),
      ).location;
    const links = (campaignId: string, host: string) =>
      t.request({ method: 'GET', url: `/v1/campaigns/${campaignId}/links`, headers: { host } });
    const postbackUrl = async (campaignId: string, host: string) => {
      const { advertiserId } = (
        await t.request({ method: 'GET', url: `/v1/campaigns/${campaignId}` })
      ).json();
      return t.request({
        method: 'GET',
        url: `/v1/advertisers/${advertiserId}/postback-url`,
        headers: { host },
      });
    };

    it('sends a bot to the safe page on localhost, not to the host a hostile Host names', async () => {
      const campaignId = await tracking.activeCampaign({ safePageUrl: null });
      for (const host of HOSTILE_HOSTS) {
        const location = await botClick(campaignId, host);
        expect(location, host).toBe(`http://localhost:${t.config.port}/mock-safe-page`);
      }
    });

    it('builds tracking links and the postback URL on localhost for a hostile Host', async () => {
      const campaignId = await tracking.activeCampaign();
      const affiliateId = await tracking.activeAffiliate();
      const base = `http://localhost:${t.config.port}`;
      for (const host of HOSTILE_HOSTS) {
        const linked = await links(campaignId, host);
        expect(linked.statusCode, linked.body).toBe(200);
        expect(linked.json().links, host).toContainEqual(
          expect.objectContaining({
            url: `${base}/v1/click?campaign_id=${campaignId}&affiliate_id=${affiliateId}`,
          }),
        );
        const postback = await postbackUrl(campaignId, host);
        expect(postback.statusCode, postback.body).toBe(200);
        expect(postback.json().url, host).toMatch(new RegExp(`^${base}/v1/postback\\?token=`));
      }
    });

    it('uses a Host that is a host name, IPv4 or IPv6 literal with an optional port', async () => {
      const campaignId = await tracking.activeCampaign({ safePageUrl: null });
      for (const host of [
        'track.example.org',
        'track.example.org:8080',
        '127.0.0.1:5000',
        '[::1]:8443',
      ]) {
        expect(await botClick(campaignId, host), host).toBe(`http://${host}/mock-safe-page`);
        const postback = await postbackUrl(campaignId, host);
        expect(postback.json().url, host).toMatch(
          new RegExp(`^http://${host.replace(/[.[\]]/g, '\\$&')}/v1/postback\\?`),
        );
      }
    });
  });

  describe('with PUBLIC_BASE_URL set', () => {
    let t: TestApp;
    const tracking = trackingApi(() => t);

    beforeAll(async () => {
      t = await startTestApp({ env: { PUBLIC_BASE_URL: 'https://track.example.com/' } });
    });
    afterAll(() => t.close());

    it('ignores the Host header everywhere, a well-formed one included', async () => {
      const campaignId = await tracking.activeCampaign({ safePageUrl: null });
      await tracking.activeAffiliate();
      for (const host of ['evil.example/x?', 'other.example.org']) {
        const { location } = expectRedirect(
          await tracking.click(
            { campaign_id: campaignId },
            { userAgent: GOOGLEBOT_UA, headers: { host } },
          ),
        );
        expect(location).toBe('https://track.example.com/mock-safe-page');
        const linked = await t.request({
          method: 'GET',
          url: `/v1/campaigns/${campaignId}/links`,
          headers: { host },
        });
        for (const link of linked.json().links as { url: string }[]) {
          expect(link.url.startsWith('https://track.example.com/v1/click?')).toBe(true);
        }
        const { advertiserId } = (
          await t.request({ method: 'GET', url: `/v1/campaigns/${campaignId}` })
        ).json();
        const postback = await t.request({
          method: 'GET',
          url: `/v1/advertisers/${advertiserId}/postback-url`,
          headers: { host },
        });
        expect(postback.json().url.startsWith('https://track.example.com/v1/postback?')).toBe(true);
      }
    });
  });

  describe('at start', () => {
    const production = { DEBUG: 'false', SECRET_KEY: 's'.repeat(40) };

    it('refuses to start with DEBUG=false and no PUBLIC_BASE_URL, naming it', async () => {
      await expect(
        startTestApp({ env: { ...production, PUBLIC_BASE_URL: undefined } }),
      ).rejects.toThrow(/PUBLIC_BASE_URL: required when DEBUG=false/);
    });

    it('refuses a PUBLIC_BASE_URL that is not a bare absolute http(s) address', async () => {
      for (const value of [
        'track.example.com',
        'ftp://track.example.com',
        'https://track.example.com/?a=1',
        'https://track.example.com/#top',
        'https://user:pw@track.example.com',
      ]) {
        await expect(
          startTestApp({ env: { ...production, PUBLIC_BASE_URL: value } }),
          value,
        ).rejects.toThrow(/PUBLIC_BASE_URL/);
      }
    });

    it('starts in production with PUBLIC_BASE_URL, and links use it', async () => {
      const t = await startTestApp({
        env: { ...production, PUBLIC_BASE_URL: 'https://go.example.net/track' },
      });
      try {
        const advertiser = await t.request({
          method: 'POST',
          url: '/v1/advertisers',
          payload: { name: 'Production advertiser' },
        });
        const postback = await t.request({
          method: 'GET',
          url: `/v1/advertisers/${advertiser.json().id}/postback-url`,
          headers: { host: 'evil.example' },
        });
        expect(postback.statusCode, postback.body).toBe(200);
        expect(postback.json().url.startsWith('https://go.example.net/track/v1/postback?')).toBe(
          true,
        );
      } finally {
        await t.close();
      }
    });
  });
});
