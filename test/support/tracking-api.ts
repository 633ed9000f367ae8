import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { CampaignDirectory } from '../../libs/tracking/src/infrastructure/campaign-directory.js';
import { SpendCache } from '../../libs/tracking/src/infrastructure/spend-cache.js';
import { affiliatesApi } from './affiliates-api.js';
import { campaignsApi } from './campaigns-api.js';
import type { TestApp } from './test-app.js';

export const BROWSER_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
export const IPHONE_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
export const GOOGLEBOT_UA =
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

/** An offer URL with every macro, each in its own query parameter. */
export const OFFER_URL =
  'https://offers.example.com/lp?cid={click_id}&camp={campaign_id}&aff={affiliate_id}' +
  '&s1={sub1}&s2={sub2}&s3={sub3}&s4={sub4}&s5={sub5}';
export const SAFE_PAGE_URL = 'https://safe.example.org/landing';
/** The built-in safe page as reached through inject (Host: localhost:80). */
export const DEFAULT_SAFE_PAGE = 'http://localhost/mock-safe-page';

/** 18 bytes in base64url: 24 URL-safe characters. */
export const CLICK_ID = /^[A-Za-z0-9_-]{24}$/;

export type MacroValues = Partial<
  Record<
    'click_id' | 'campaign_id' | 'affiliate_id' | 'sub1' | 'sub2' | 'sub3' | 'sub4' | 'sub5',
    string
  >
>;

/** `template` with its macros filled as the tracker must fill them: URL-encoded, absent = empty. */
export function filledOfferUrl(values: MacroValues, template = OFFER_URL): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: keyof MacroValues) =>
    encodeURIComponent(values[name] ?? ''),
  );
}

export interface ClickOptions {
  /** The socket address; a fresh private address (no country) when absent. */
  ip?: string;
  userAgent?: string;
  referer?: string;
  headers?: Record<string, string>;
}

export type TrackingQuery = Record<string, string | undefined>;

function queryString(query: TrackingQuery | string): string {
  if (typeof query === 'string') return query;
  return Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value!)}`)
    .join('&');
}

/**
 * The tracking requests the specs make. Visitor routes go out without an API key, as a browser
 * sends them; block list requests carry the admin key. Takes the app through a getter.
 */
export function trackingApi(app: () => TestApp) {
  const campaigns = campaignsApi(app);
  const affiliates = affiliatesApi(app);
  let visitors = 0;

  /** A visitor address no other click in this app has used (10/8: no country). */
  const freshIp = () => {
    visitors += 1;
    return `10.${(visitors >> 16) & 255}.${(visitors >> 8) & 255}.${visitors & 255}`;
  };

  const click = (query: TrackingQuery | string, options: ClickOptions = {}) =>
    app().request({
      method: 'GET',
      url: `/v1/click?${queryString(query)}`,
      remoteAddress: options.ip ?? freshIp(),
      headers: {
        'x-api-key': '',
        'user-agent': options.userAgent ?? BROWSER_UA,
        ...(options.referer === undefined ? {} : { referer: options.referer }),
        ...options.headers,
      },
    });

  const impression = (query: TrackingQuery | string) =>
    app().request({
      method: 'GET',
      url: `/v1/impression?${queryString(query)}`,
      headers: { 'x-api-key': '', 'user-agent': BROWSER_UA },
    });

  /** Campaign and affiliate changes reach the click path at once instead of within 2 s. */
  const refreshDirectory = () => app().app.get(CampaignDirectory).refresh();
  const refreshSpend = () => app().app.get(SpendCache).refresh();

  /** An active campaign open to everyone, always running, with every macro in its offer URL. */
  const activeCampaign = async (overrides: Record<string, unknown> = {}) => {
    const { id } = await campaigns.create({
      offerUrl: OFFER_URL,
      safePageUrl: SAFE_PAGE_URL,
      schedule: null,
      targeting: null,
      ...overrides,
    });
    const activated = await campaigns.move(id, 'activate');
    expect(activated.statusCode, activated.body).toBe(200);
    return id as string;
  };

  const activeAffiliate = async () => {
    const { id } = await affiliates.register();
    await refreshDirectory();
    return id as string;
  };

  /** A visitor's click through the offer of a new active campaign, from a new affiliate. */
  const clickOnNewCampaign = async (campaign: Record<string, unknown> = {}) => {
    const campaignId = await activeCampaign(campaign);
    const affiliateId = await activeAffiliate();
    const { clickId } = expectRedirect(
      await click({ campaign_id: campaignId, affiliate_id: affiliateId }),
    );
    return { campaignId, affiliateId, clickId };
  };

  const block = async (kind: string, value: string) => {
    const response = await app().request({
      method: 'POST',
      url: '/v1/tracking/blocklists',
      payload: { kind, value },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { id: string; kind: string; value: string };
  };

  const unblock = async (id: string) => {
    const response = await app().request({
      method: 'DELETE',
      url: `/v1/tracking/blocklists/${id}`,
    });
    expect(response.statusCode, response.body).toBe(204);
  };

  return {
    campaigns,
    affiliates,
    freshIp,
    click,
    impression,
    refreshDirectory,
    refreshSpend,
    activeCampaign,
    activeAffiliate,
    clickOnNewCampaign,
    block,
    unblock,
  };
}

/** Asserts a tracking redirect and returns its Location and click id. */
export function expectRedirect(response: LightMyRequestResponse): {
  location: string;
  clickId: string;
} {
  expect(response.statusCode, response.body).toBe(302);
  const location = response.headers.location;
  const clickId = response.headers['x-click-id'];
  expect(typeof location).toBe('string');
  expect(clickId).toMatch(CLICK_ID);
  return { location: location as string, clickId: clickId as string };
}
