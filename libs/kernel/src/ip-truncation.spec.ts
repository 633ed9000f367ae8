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
    // The deprecated IPv4-compatible form carries an IPv4 visitor too (ipaddr.js reads it so).
    expect(truncateIp('::203.0.113.77')).toBe('::ffff:203.0.113.0');
  });

  it('truncates the IPv4 address a 6to4 address embeds, keeping its network', () => {
    // 2002:cb00:7101::/48 is 6to4 for 203.0.113.1 (cb.00.71.01): 48 bits would keep it whole.
    expect(truncateIp('2002:cb00:7101::1')).toBe('2002:cb00:7100::');
    expect(truncateIp('2002:c633:6409:1:2:3:4:5')).toBe('2002:c633:6400::');
  });

  it('truncates both IPv4 addresses of a Teredo address and drops its flags and port', () => {
    // RFC 4380's layout: server 65.54.227.120 (4136:e378), flags 8000, port 40000 obfuscated
    // (63bf), client 192.0.2.45 obfuscated by XOR with ffffffff (3fff:fdd2). Truncated: server
    // 65.54.227.0 (4136:e300), client 192.0.2.0, obfuscated c000:0200 ^ ffff:ffff = 3fff:fdff.
    expect(truncateIp('2001:0:4136:e378:8000:63bf:3fff:fdd2')).toBe('2001:0:4136:e300::3fff:fdff');
    // Server 192.0.2.1 (c000:201), client 198.51.100.200 (c633:64c8 ^ ffffffff = 39cc:9b37);
    // client truncated to 198.51.100.0 is c633:6400, obfuscated 39cc:9bff.
    expect(truncateIp('2001::c000:201:0:f227:39cc:9b37')).toBe('2001:0:c000:200::39cc:9bff');
  });

  it('leaves an already truncated address as it is', () => {
    for (const truncated of [
      '203.0.113.0',
      '2001:db8:85a3::',
      '::ffff:203.0.113.0',
      '::',
      '2002:cb00:7100::',
      '2001:0:4136:e300::3fff:fdff',
    ]) {
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
