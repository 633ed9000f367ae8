import { describe, expect, it } from 'vitest';
import { destinationUrl, type DestinationValues } from './destination-url.js';
import type { TrackedCampaign } from './tracked-campaign.js';

const DEFAULT_SAFE_PAGE = 'https://tracker.example.net/safe';
const offer = { destination: 'offer' } as const;
const safePage = { destination: 'safe_page' } as const;
const ids: DestinationValues = { clickId: 'AAAAAAAAAAAAAAAAAAAAAAAA', campaignId: 'cmp-1' };

const campaign = (offerUrl: string, safePageUrl: string | null = null): TrackedCampaign => ({
  id: 'cmp-1',
  advertiserId: 'adv-1',
  status: 'active',
  offerUrl,
  safePageUrl,
  startsAt: null,
  endsAt: null,
  countries: [],
  devices: [],
  payout: { model: 'CPA', amountUnits: 1250, currency: 'USD', policy: 'fixed', maxUnits: null },
  budget: { totalMinor: null, dailyMinor: null },
  fraudulentClickConversions: 'reject',
});

describe('destinationUrl to the offer', () => {
  it('fills every macro with its value', () => {
    const url =
      'https://offers.example.com/land?c={click_id}&cmp={campaign_id}&a={affiliate_id}&s={sub1},{sub2},{sub3},{sub4},{sub5}';
    const values = {
      ...ids,
      affiliateId: 'aff-9',
      sub1: '1',
      sub2: '2',
      sub3: '3',
      sub4: '4',
      sub5: '5',
    };
    expect(destinationUrl(campaign(url), offer, values, DEFAULT_SAFE_PAGE)).toBe(
      'https://offers.example.com/land?c=AAAAAAAAAAAAAAAAAAAAAAAA&cmp=cmp-1&a=aff-9&s=1,2,3,4,5',
    );
  });

  it('leaves macros without a value empty', () => {
    const url = 'https://offers.example.com/?a={affiliate_id}&s={sub2}';
    expect(destinationUrl(campaign(url), offer, { ...ids, sub2: null }, DEFAULT_SAFE_PAGE)).toBe(
      'https://offers.example.com/?a=&s=',
    );
  });

  it('leaves unknown braces as they are', () => {
    const url = 'https://offers.example.com/?x={sub6}&y={CLICK_ID}&z={click_id}';
    expect(destinationUrl(campaign(url), offer, ids, DEFAULT_SAFE_PAGE)).toBe(
      'https://offers.example.com/?x={sub6}&y={CLICK_ID}&z=AAAAAAAAAAAAAAAAAAAAAAAA',
    );
  });

  it('URL-encodes every value', () => {
    const url = 'https://offers.example.com/?s={sub1}';
    const filled = (sub1: string) => destinationUrl(campaign(url), offer, { ...ids, sub1 }, '');
    expect(filled('a b&c=d/e?f#g')).toBe('https://offers.example.com/?s=a%20b%26c%3Dd%2Fe%3Ff%23g');
    expect(filled('é€😀')).toBe('https://offers.example.com/?s=%C3%A9%E2%82%AC%F0%9F%98%80');
  });

  it('does not fail on a value with a lone UTF-16 surrogate', () => {
    const url = 'https://offers.example.com/?s={sub1}';
    expect(destinationUrl(campaign(url), offer, { ...ids, sub1: 'a\ud800b' }, '')).toBe(
      'https://offers.example.com/?s=a%EF%BF%BDb',
    );
  });

  it('never lets a click value change the origin, wherever the macro sits', () => {
    const hostile = [
      'https://evil.example',
      '//evil.example',
      '@evil.example',
      '%2F%2Fevil',
      '\r\nLocation: https://evil.example',
      '\\\\evil.example',
      '../../../evil',
      'javascript:alert(1)',
      ':8080@evil.example',
      'ｅｖｉｌ．ｅｘａｍｐｌｅ',
      '\u202eelpmaxe.live',
    ];
    const templates = [
      'https://offers.example.com/{sub1}',
      'https://offers.example.com/land/{sub1}/{affiliate_id}',
      'https://offers.example.com:8443/land?s={sub1}&a={affiliate_id}',
      'https://offers.example.com/land?c={click_id}#{sub1}',
      'https://offers.example.com#frag-{sub1}',
      'http://offers.example.com?{sub1}',
    ];
    for (const template of templates) {
      const origin = new URL(template.replace(/\{[a-z_0-9]+\}/g, 'x')).origin;
      for (const value of hostile) {
        const values = { ...ids, sub1: value, affiliateId: value };
        const result = destinationUrl(campaign(template), offer, values, DEFAULT_SAFE_PAGE);
        expect(new URL(result).origin, `${template} with ${JSON.stringify(value)}`).toBe(origin);
        expect(result).not.toMatch(/[\r\n\s]/);
      }
    }
  });

  it('fills no macro placed before the path, where it could choose the host', () => {
    const url = 'https://{sub1}.offers.example.com/?s={sub1}';
    expect(destinationUrl(campaign(url), offer, { ...ids, sub1: 'evil' }, '')).toBe(
      'https://{sub1}.offers.example.com/?s=evil',
    );
  });
});

describe('destinationUrl to the safe page', () => {
  it("sends the visitor to the campaign's safe page, untouched", () => {
    const target = campaign(
      'https://offers.example.com/?c={click_id}',
      'https://safe.example.com/?a={sub1}',
    );
    expect(destinationUrl(target, safePage, { ...ids, sub1: 'x' }, DEFAULT_SAFE_PAGE)).toBe(
      'https://safe.example.com/?a={sub1}',
    );
  });

  it('falls back to the default safe page when the campaign has none', () => {
    const target = campaign('https://offers.example.com/?c={click_id}');
    expect(destinationUrl(target, safePage, ids, DEFAULT_SAFE_PAGE)).toBe(DEFAULT_SAFE_PAGE);
  });
});
