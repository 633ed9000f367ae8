import { describe, expect, it } from 'vitest';
import { formatIp, formatIpRange, parseIp, parseIpRange, rangeContains } from './ip-address.js';

const canonical = (text: string) => {
  const bytes = parseIp(text);
  return bytes && formatIp(bytes);
};
const range = (text: string) => {
  const parsed = parseIpRange(text);
  if (parsed === null) throw new Error(`not a range: ${text}`);
  return parsed;
};
const inRange = (cidr: string, ip: string) => rangeContains(range(cidr), parseIp(ip)!);

describe('parseIp', () => {
  it('reads IPv4 as 4 bytes and IPv6 as 16', () => {
    expect([...parseIp('192.0.2.1')!]).toEqual([192, 0, 2, 1]);
    expect(parseIp('2001:db8::1')).toHaveLength(16);
  });

  it('gives every spelling of one IPv6 address the same RFC 5952 text', () => {
    for (const spelling of [
      '2001:db8::1',
      '2001:0db8:0:0:0:0:0:1',
      '2001:DB8:0000:0000:0000:0000:0000:0001',
      '2001:db8:0::0:1',
    ]) {
      expect(canonical(spelling), spelling).toBe('2001:db8::1');
    }
  });

  it('compresses the longest run of zero groups, the first one on a tie, never a single one', () => {
    expect(canonical('2001:db8:0:0:1:0:0:0')).toBe('2001:db8:0:0:1::');
    expect(canonical('2001:0:0:1:0:0:1:1')).toBe('2001::1:0:0:1:1');
    expect(canonical('2001:db8:0:1:1:1:1:1')).toBe('2001:db8:0:1:1:1:1:1');
    expect(canonical('0:0:0:0:0:0:0:0')).toBe('::');
    expect(canonical('0:0:0:0:0:0:0:1')).toBe('::1');
    expect(canonical('1:0:0:0:0:0:0:0')).toBe('1::');
  });

  it('reads an IPv4-mapped IPv6 address as the IPv4 address it carries', () => {
    expect(canonical('::ffff:1.2.3.4')).toBe('1.2.3.4');
    expect(canonical('::FFFF:102:304')).toBe('1.2.3.4');
    expect(canonical('0:0:0:0:0:ffff:0102:0304')).toBe('1.2.3.4');
  });

  it('keeps other embedded-IPv4 forms as IPv6', () => {
    expect(canonical('::1.2.3.4')).toBe('::102:304');
    expect(canonical('64:ff9b::192.0.2.33')).toBe('64:ff9b::c000:221');
  });

  it('refuses what is not an address', () => {
    for (const bad of [
      '',
      ' 1.2.3.4',
      '1.2.3',
      '256.1.1.1',
      '01.2.3.4',
      '1.2.3.4/32',
      '2001:db8::1::2',
      '12345::1',
      'fe80::1%eth0',
      '[::1]',
      'localhost',
    ]) {
      expect(parseIp(bad), bad).toBeNull();
    }
  });
});

describe('parseIpRange', () => {
  it('clears the host bits of a range to its network address', () => {
    expect(formatIpRange(range('10.1.2.3/8'))).toBe('10.0.0.0/8');
    expect(formatIpRange(range('192.168.1.129/25'))).toBe('192.168.1.128/25');
    expect(formatIpRange(range('2001:db8:abcd::1/32'))).toBe('2001:db8::/32');
    expect(formatIpRange(range('2001:db8::ff/121'))).toBe('2001:db8::80/121');
  });

  it('turns a mapped range of IPv4 into an IPv4 range, but keeps wider ones IPv6', () => {
    expect(formatIpRange(range('::ffff:10.0.0.0/104'))).toBe('10.0.0.0/8');
    expect(formatIpRange(range('::ffff:0:0/96'))).toBe('0.0.0.0/0');
    expect(formatIpRange(range('::ffff:0:0/95'))).toBe('::fffe:0:0/95');
  });

  it('refuses prefixes out of range or not written as a plain number', () => {
    for (const bad of ['10.0.0.0/33', '::/129', '10.0.0.0/', '10.0.0.0/-1', '10.0.0.0/08']) {
      expect(parseIpRange(bad), bad).toBeNull();
    }
    expect(parseIpRange('10.0.0.0')).toBeNull();
    expect(parseIpRange('999.1.1.1/8')).toBeNull();
    expect(parseIpRange('10.0.0.0/8/8')).toBeNull();
  });
});

describe('rangeContains', () => {
  it('compares the prefix bit by bit, also inside a byte', () => {
    expect(inRange('10.0.0.0/8', '10.255.255.255')).toBe(true);
    expect(inRange('10.0.0.0/8', '11.0.0.0')).toBe(false);
    expect(inRange('192.168.1.128/25', '192.168.1.128')).toBe(true);
    expect(inRange('192.168.1.128/25', '192.168.1.127')).toBe(false);
    expect(inRange('172.16.0.0/12', '172.31.255.255')).toBe(true);
    expect(inRange('172.16.0.0/12', '172.32.0.0')).toBe(false);
    expect(inRange('2001:db8::/33', '2001:db8:7fff::1')).toBe(true);
    expect(inRange('2001:db8::/33', '2001:db8:8000::1')).toBe(false);
  });

  it('lets /0 hold every address of its own family only', () => {
    expect(inRange('0.0.0.0/0', '203.0.113.9')).toBe(true);
    expect(inRange('::/0', '2001:db8::1')).toBe(true);
    expect(inRange('::/0', '203.0.113.9')).toBe(false);
    expect(inRange('0.0.0.0/0', '2001:db8::1')).toBe(false);
  });
});
