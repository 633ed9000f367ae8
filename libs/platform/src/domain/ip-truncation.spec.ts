import { describe, expect, it } from 'vitest';
import { truncateIp } from './ip-truncation.js';

describe('truncateIp', () => {
  it('zeroes the last octet of an IPv4 address', () => {
    expect(truncateIp('203.0.113.77')).toBe('203.0.113.0');
    expect(truncateIp('10.0.0.255')).toBe('10.0.0.0');
  });

  it('keeps the first 48 bits of an IPv6 address, in RFC 5952 form', () => {
    expect(truncateIp('2001:db8:85a3:8d3:1319:8a2e:370:7348')).toBe('2001:db8:85a3::');
    expect(truncateIp('2001:0DB8:0000:0001:0000:0000:0000:0001')).toBe('2001:db8::');
    expect(truncateIp('fe80::1')).toBe('fe80::');
    expect(truncateIp('::1')).toBe('::');
  });

  it('drops the zone id of a link-local address', () => {
    expect(truncateIp('fe80::abcd:1%eth0')).toBe('fe80::');
  });

  it('truncates the IPv4 part of an IPv4-mapped address and keeps it mapped', () => {
    expect(truncateIp('::ffff:203.0.113.77')).toBe('::ffff:203.0.113.0');
    expect(truncateIp('::FFFF:198.51.100.9')).toBe('::ffff:198.51.100.0');
    expect(truncateIp('0:0:0:0:0:ffff:cb00:714d')).toBe('::ffff:203.0.113.0');
  });

  it('leaves an already truncated address as it is', () => {
    for (const truncated of ['203.0.113.0', '2001:db8:85a3::', '::ffff:203.0.113.0', '::']) {
      expect(truncateIp(truncated)).toBe(truncated);
    }
  });

  it('returns a value that is no IP address unchanged, without throwing', () => {
    for (const junk of [
      '',
      'unknown',
      '999.1.1.1',
      '1.2.3',
      '01.2.3.4',
      '::ffff:999.1.1.1',
      'g::1',
    ]) {
      expect(truncateIp(junk)).toBe(junk);
    }
  });
});
