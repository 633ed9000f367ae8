import { describe, expect, it } from 'vitest';
import { refusal } from '../../../../test/support/domain-assertions.js';
import { OFFER_URL_MACROS, parseHttpUrl } from './offer-url.js';

const offer = (url: string) => parseHttpUrl(url, 'offerUrl', OFFER_URL_MACROS);
const plain = (url: string) => parseHttpUrl(url, 'safePageUrl');

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
