import { describe, expect, it } from 'vitest';
import { refusal } from '../../../../test/support/domain-assertions.js';
import { fillOfferUrlMacros, OFFER_URL_MACROS, parseHttpUrl } from './offer-url.js';

const offer = (url: string) => parseHttpUrl(url, 'offerUrl', true);
const plain = (url: string) => parseHttpUrl(url, 'safePageUrl', false);

describe('parseHttpUrl', () => {
  it('refuses macros in the host, where a click parameter could choose the destination', () => {
    for (const url of [
      'https://{sub1}/',
      'https://shop.example{sub1}/land',
      'https://{sub1}.example.com',
    ]) {
      const [error] = refusal(() => offer(url));
      expect(error.field, url).toBe('offerUrl');
      expect(error.message, url).toContain('not in its host');
    }
  });

  it('refuses a URL without // before its host', () => {
    expect(refusal(() => offer('https:{sub1}'))[0].message).toContain('absolute URL');
    expect(refusal(() => offer('https:evil.example'))[0].field).toBe('offerUrl');
  });

  it('accepts absolute http and https URLs', () => {
    expect(offer('https://offers.example.com/vpn?x=1')).toBe('https://offers.example.com/vpn?x=1');
    expect(plain('http://example.com')).toBe('http://example.com');
  });

  it('trims the URL but otherwise keeps it as written', () => {
    expect(offer('  https://offers.example.com/a  ')).toBe('https://offers.example.com/a');
  });

  it('accepts every known macro, keeping the braces unencoded', () => {
    const url = `https://offers.example.com/land?${OFFER_URL_MACROS.map((m) => `${m}={${m}}`).join('&')}`;
    expect(offer(url)).toBe(url);
    expect(OFFER_URL_MACROS).toEqual([
      'click_id',
      'campaign_id',
      'affiliate_id',
      'sub1',
      'sub2',
      'sub3',
      'sub4',
      'sub5',
    ]);
  });

  it('refuses an unknown macro and names it', () => {
    const errors = refusal(() => offer('https://offers.example.com/?c={click_id}&x={sub6}'));
    expect(errors).toEqual([{ field: 'offerUrl', message: expect.stringContaining('{sub6}') }]);
  });

  it('refuses macros that differ only in case, or are empty', () => {
    expect(refusal(() => offer('https://offers.example.com/?c={CLICK_ID}'))[0].message).toContain(
      '{CLICK_ID}',
    );
    expect(refusal(() => offer('https://offers.example.com/?c={}'))[0].field).toBe('offerUrl');
  });

  it('refuses any macro where macros are not allowed', () => {
    expect(refusal(() => plain('https://example.com/?c={click_id}'))).toEqual([
      { field: 'safePageUrl', message: expect.stringContaining('{click_id}') },
    ]);
  });

  it('refuses schemes other than http and https', () => {
    for (const url of [
      'ftp://example.com/file',
      'javascript:alert(1)',
      'data:text/html,hi',
      'mailto:a@example.com',
    ]) {
      expect(
        refusal(() => offer(url)),
        url,
      ).toEqual([{ field: 'offerUrl', message: expect.any(String) }]);
    }
  });

  it('refuses relative and malformed URLs', () => {
    for (const url of ['/offer', 'offers.example.com/vpn', 'https://', 'not a url']) {
      expect(
        refusal(() => offer(url)),
        url,
      ).toEqual([{ field: 'offerUrl', message: expect.any(String) }]);
    }
  });

  it('refuses credentials in the URL', () => {
    expect(refusal(() => offer('https://user:secret@offers.example.com/'))[0].message).toContain(
      'credentials',
    );
  });

  it('refuses an empty URL and one longer than 2048 characters', () => {
    expect(refusal(() => offer('   '))[0].field).toBe('offerUrl');
    const long = `https://offers.example.com/${'a'.repeat(2048)}`;
    expect(refusal(() => offer(long))[0].field).toBe('offerUrl');
    const longest = `https://offers.example.com/${'a'.repeat(2048 - 'https://offers.example.com/'.length)}`;
    expect(offer(longest)).toBe(longest);
  });
});

describe('fillOfferUrlMacros', () => {
  it('fills every macro with its value', () => {
    const url =
      'https://offers.example.com/land?c={click_id}&cmp={campaign_id}&a={affiliate_id}&s={sub1}-{sub5}';
    expect(
      fillOfferUrlMacros(url, {
        click_id: 'clk1',
        campaign_id: 'cmp1',
        affiliate_id: 'aff1',
        sub1: 'one',
        sub5: 'five',
      }),
    ).toBe('https://offers.example.com/land?c=clk1&cmp=cmp1&a=aff1&s=one-five');
  });

  it('fills a macro that appears twice in both places', () => {
    expect(fillOfferUrlMacros('https://o.example/{sub1}?s={sub1}', { sub1: 'x' })).toBe(
      'https://o.example/x?s=x',
    );
  });

  it('URL-encodes the values', () => {
    expect(fillOfferUrlMacros('https://o.example/?s={sub1}', { sub1: 'a b/c?d#e' })).toBe(
      'https://o.example/?s=a%20b%2Fc%3Fd%23e',
    );
    expect(fillOfferUrlMacros('https://o.example/?s={sub1}', { sub1: 'é€' })).toBe(
      'https://o.example/?s=%C3%A9%E2%82%AC',
    );
  });

  it('leaves a macro without a value empty', () => {
    expect(
      fillOfferUrlMacros('https://o.example/?c={click_id}&s={sub2}', { click_id: 'abc' }),
    ).toBe('https://o.example/?c=abc&s=');
  });

  it('does not touch a URL without macros', () => {
    expect(fillOfferUrlMacros('https://o.example/land?x=1', { sub1: 'y' })).toBe(
      'https://o.example/land?x=1',
    );
  });

  it('does not let a value add query parameters', () => {
    const filled = new URL(
      fillOfferUrlMacros('https://offers.example.com/land?s={sub1}', {
        sub1: 'x&y=https://evil.example',
      }),
    );
    expect(filled.host).toBe('offers.example.com');
    expect([...filled.searchParams.keys()]).toEqual(['s']);
    expect(filled.searchParams.get('s')).toBe('x&y=https://evil.example');
  });

  it('does not let a value change the host, wherever the macro sits in the path or query', () => {
    const attacks = [
      '//evil.example',
      'x&y=https://evil.example',
      '@evil.example',
      '\\\\evil.example',
      '../../evil',
      '#@evil.example',
    ];
    const templates = [
      'https://offers.example.com/{sub1}',
      'https://offers.example.com/land/{sub1}/x',
      'https://offers.example.com/land?s={sub1}',
      'https://offers.example.com/land?c={click_id}#{sub1}',
    ];
    for (const template of templates) {
      for (const attack of attacks) {
        const filled = new URL(fillOfferUrlMacros(template, { sub1: attack, click_id: attack }));
        expect(filled.host, `${template} with ${attack}`).toBe('offers.example.com');
        expect(filled.protocol).toBe('https:');
      }
    }
  });
});
