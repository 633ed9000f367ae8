import { describe, expect, it } from 'vitest';
import { ipNetworkKey } from './ip-network.js';

describe('ipNetworkKey', () => {
  it('keeps an IPv4 address whole', () => {
    expect(ipNetworkKey('203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts an IPv4-mapped IPv6 address as its IPv4, in either spelling', () => {
    expect(ipNetworkKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(ipNetworkKey('::FFFF:cb00:7107')).toBe('203.0.113.7');
  });

  it('counts an IPv6 address by its /64 by default', () => {
    expect(ipNetworkKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::');
    expect(ipNetworkKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::');
    expect(ipNetworkKey('2001:db8:1:3::1')).toBe('2001:db8:1:3::');
  });

  it('gives compressed, expanded and upper-case spellings one key', () => {
    const spellings = [
      '2001:db8:0:7::42',
      '2001:0db8:0000:0007:0000:0000:0000:0042',
      '2001:DB8:0:7:0:0:0:42',
      '2001:db8::7:0:0:0:99',
    ];
    expect(new Set(spellings.map((address) => ipNetworkKey(address)))).toEqual(
      new Set(['2001:db8:0:7::']),
    );
  });

  it('counts by a custom prefix', () => {
    expect(ipNetworkKey('2001:db8:1:2:3:4:5:6', 48)).toBe('2001:db8:1::');
    expect(ipNetworkKey('2001:db8:1:2:3:4:5:6', 56)).toBe('2001:db8:1::');
    expect(ipNetworkKey('2001:db8:1:2ff:3:4:5:6', 56)).toBe('2001:db8:1:200::');
    expect(ipNetworkKey('2001:db8:1:2:3:4:5:6', 128)).toBe('2001:db8:1:2:3:4:5:6');
  });

  it('drops a zone id, and leaves what is no address as it is', () => {
    expect(ipNetworkKey('fe80::1%eth0')).toBe('fe80::');
    expect(ipNetworkKey('not-an-ip')).toBe('not-an-ip');
    expect(ipNetworkKey('3232235777')).toBe('3232235777');
  });
});
