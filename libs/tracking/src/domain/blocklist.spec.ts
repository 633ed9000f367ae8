import { describe, expect, it } from 'vitest';
import { validationErrorOf } from '../../../../test/support/domain-assertions.js';
import { Blocklist, parseBlocklistValue } from './blocklist.js';
import { TrackingErrorCode } from './tracking.errors.js';

const ips = (...values: string[]) =>
  Blocklist.compile(values.map((value) => ({ kind: 'ip' as const, value })));
const domains = (...values: string[]) =>
  Blocklist.compile(values.map((value) => ({ kind: 'referrer_domain' as const, value })));

describe('Blocklist.blocksIp', () => {
  it('blocks a listed IPv4 address and nothing else', () => {
    const list = ips('203.0.113.7');
    expect(list.blocksIp('203.0.113.7')).toBe(true);
    expect(list.blocksIp('203.0.113.8')).toBe(false);
  });

  it('blocks an IPv6 address however either side spells it', () => {
    expect(ips('2001:db8::1').blocksIp('2001:0db8:0:0:0:0:0:1')).toBe(true);
    expect(ips('2001:0DB8:0:0:0:0:0:1').blocksIp('2001:db8::1')).toBe(true);
    expect(ips('2001:db8::1').blocksIp('2001:db8::2')).toBe(false);
  });

  it('blocks every address of an IPv4 or IPv6 range', () => {
    const list = ips('198.51.100.0/24', '2001:db8:bad::/48');
    expect(list.blocksIp('198.51.100.0')).toBe(true);
    expect(list.blocksIp('198.51.100.255')).toBe(true);
    expect(list.blocksIp('198.51.101.0')).toBe(false);
    expect(list.blocksIp('2001:db8:bad:ffff::1')).toBe(true);
    expect(list.blocksIp('2001:db8:bae::1')).toBe(false);
  });

  it('catches IPv4 traffic reported as IPv4-mapped IPv6 with IPv4 rules', () => {
    const list = ips('203.0.113.7', '198.51.100.0/24');
    expect(list.blocksIp('::ffff:203.0.113.7')).toBe(true);
    expect(list.blocksIp('::ffff:198.51.100.42')).toBe(true);
    expect(list.blocksIp('::FFFF:cb00:7107')).toBe(true);
    expect(list.blocksIp('::ffff:203.0.113.8')).toBe(false);
  });

  it('catches plain IPv4 traffic with rules written as mapped addresses', () => {
    expect(ips('::ffff:203.0.113.7').blocksIp('203.0.113.7')).toBe(true);
    expect(ips('::ffff:198.51.100.0/120').blocksIp('198.51.100.9')).toBe(true);
  });

  it('does not let an IPv6 rule catch IPv4 traffic, nor the reverse', () => {
    expect(ips('::/0').blocksIp('203.0.113.7')).toBe(false);
    expect(ips('::/0').blocksIp('::ffff:203.0.113.7')).toBe(false);
    expect(ips('0.0.0.0/0').blocksIp('2001:db8::1')).toBe(false);
    expect(ips('::/0').blocksIp('2001:db8::1')).toBe(true);
  });

  it('never blocks an address it cannot read', () => {
    const list = ips('0.0.0.0/0', '::/0');
    for (const bad of ['', 'unknown', '1.2.3', '[::1]', '203.0.113.7, 10.0.0.1']) {
      expect(list.blocksIp(bad), bad).toBe(false);
    }
  });

  it('skips stored entries that do not parse instead of failing every click', () => {
    const list = ips('not an ip', '10.0.0.0/33', '203.0.113.7');
    expect(list.blocksIp('203.0.113.7')).toBe(true);
    expect(list.blocksIp('10.0.0.1')).toBe(false);
  });

  it('blocks nothing when empty', () => {
    expect(Blocklist.empty.blocksIp('203.0.113.7')).toBe(false);
    expect(Blocklist.empty.blocksReferrer('https://spam.example/')).toBe(false);
  });
});

describe('Blocklist.blocksReferrer', () => {
  const list = domains('spam.example', 'Bad-Traffic.EXAMPLE.');

  it('blocks a referrer whose host is a listed domain', () => {
    expect(list.blocksReferrer('https://spam.example/page?x=1')).toBe(true);
    expect(list.blocksReferrer('http://spam.example:8080')).toBe(true);
  });

  it('blocks the subdomains of a listed domain', () => {
    expect(list.blocksReferrer('https://www.spam.example/')).toBe(true);
    expect(list.blocksReferrer('https://a.b.c.spam.example/')).toBe(true);
  });

  it('does not block a domain that merely ends with the same letters', () => {
    expect(list.blocksReferrer('https://notspam.example/')).toBe(false);
    expect(list.blocksReferrer('https://spam.example.org/')).toBe(false);
    expect(list.blocksReferrer('https://example/')).toBe(false);
  });

  it('matches regardless of case and of a trailing dot', () => {
    expect(list.blocksReferrer('HTTPS://WWW.SPAM.EXAMPLE/')).toBe(true);
    expect(list.blocksReferrer('https://spam.example./')).toBe(true);
    expect(list.blocksReferrer('https://bad-traffic.example/')).toBe(true);
  });

  it('matches internationalised domains in either spelling', () => {
    const idn = domains('bücher.example');
    expect(idn.blocksReferrer('https://www.bücher.example/')).toBe(true);
    expect(idn.blocksReferrer('https://xn--bcher-kva.example/')).toBe(true);
  });

  it('never matches a missing or malformed referrer', () => {
    for (const bad of [null, '', 'spam.example', 'not a url', '//spam.example/', 'http://']) {
      expect(list.blocksReferrer(bad), String(bad)).toBe(false);
    }
  });

  it('does not mistake credentials or a path for the host', () => {
    expect(list.blocksReferrer('https://spam.example@good.example/')).toBe(false);
    expect(list.blocksReferrer('https://good.example/spam.example')).toBe(false);
    expect(list.blocksReferrer('https://good.example@spam.example/')).toBe(true);
  });
});

describe('parseBlocklistValue', () => {
  const refused = (kind: 'ip' | 'referrer_domain', value: string) => {
    const error = validationErrorOf(() => parseBlocklistValue(kind, value));
    expect(error.code).toBe(TrackingErrorCode.InvalidBlocklistEntry);
    return error.fieldErrors.map((e) => e.field);
  };

  it('writes IP addresses in their canonical text', () => {
    expect(parseBlocklistValue('ip', ' 203.0.113.7 ')).toBe('203.0.113.7');
    expect(parseBlocklistValue('ip', '2001:0DB8:0:0:0:0:0:1')).toBe('2001:db8::1');
    expect(parseBlocklistValue('ip', '::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('writes a range as its network address, host bits cleared', () => {
    expect(parseBlocklistValue('ip', '10.1.2.3/8')).toBe('10.0.0.0/8');
    expect(parseBlocklistValue('ip', '2001:DB8:0:0:1::/32')).toBe('2001:db8::/32');
    expect(parseBlocklistValue('ip', '0.0.0.0/0')).toBe('0.0.0.0/0');
  });

  it('writes a range of a single address as that address', () => {
    expect(parseBlocklistValue('ip', '203.0.113.7/32')).toBe('203.0.113.7');
    expect(parseBlocklistValue('ip', '2001:db8::1/128')).toBe('2001:db8::1');
  });

  it('refuses what is not an address or range, naming the value field', () => {
    for (const bad of [
      '10.0.0.0/33',
      '999.1.1.1',
      '::/129',
      '1.2.3',
      '',
      'example.com',
      '10.0.0.0/8x',
      'fe80::1%eth0',
    ]) {
      expect(refused('ip', bad), bad).toEqual(['value']);
    }
  });

  it('writes domains in lower case without a trailing dot', () => {
    expect(parseBlocklistValue('referrer_domain', 'Spam.EXAMPLE.')).toBe('spam.example');
    expect(parseBlocklistValue('referrer_domain', ' sub.spam.example ')).toBe('sub.spam.example');
    expect(parseBlocklistValue('referrer_domain', 'bücher.example')).toBe('xn--bcher-kva.example');
  });

  it('refuses what is not a domain: URLs, paths, ports, spaces, IP addresses', () => {
    for (const bad of [
      'not a domain',
      'http://x.com',
      'x.com/path',
      'x.com:8080',
      'user@x.com',
      '*.x.com',
      '-x.com',
      'x..com',
      '.',
      '',
      '203.0.113.7',
      `${'a'.repeat(64)}.com`,
    ]) {
      expect(refused('referrer_domain', bad), bad).toEqual(['value']);
    }
  });

  it('refuses an unknown kind, naming the kind field', () => {
    expect(refused('email' as 'ip', 'a@b.example')).toEqual(['kind']);
  });
});
