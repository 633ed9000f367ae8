import { isIPv4, isIPv6 } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText, PROPERTY_RUNS } from '../../../../test/support/property-runs.js';
import { truncateIp } from './ip-truncation.js';

/** The 128 bits of an IPv6 address, read by the URL parser (an independent implementation). */
function ipv6Bits(address: string): bigint {
  const canonical = new URL(`http://[${address.split('%')[0]}]`).hostname.slice(1, -1);
  const [head, tail] = canonical.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return groups.reduce((bits, group) => (bits << 16n) | BigInt(Number.parseInt(group, 16)), 0n);
}

const ipv4 = fc.ipV4();
const ipv6 = fc.ipV6().filter((address) => !/^(0{1,4}:){5}ffff:|^::ffff:/i.test(address));
const anyText = fc.oneof(ipv4, fc.ipV6(), hostileText(), fc.string());

describe('truncateIp (properties)', () => {
  it('is idempotent on any text', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const once = truncateIp(value);
        expect(truncateIp(once)).toBe(once);
      }),
      PROPERTY_RUNS,
    );
  });

  it('keeps the first three octets of an IPv4 address and zeroes the last', () => {
    fc.assert(
      fc.property(ipv4, (address) => {
        const truncated = truncateIp(address);
        expect(isIPv4(truncated)).toBe(true);
        expect(truncated.split('.').slice(0, 3)).toEqual(address.split('.').slice(0, 3));
        expect(truncated.endsWith('.0')).toBe(true);
      }),
      PROPERTY_RUNS,
    );
  });

  it('keeps the first 48 bits of an IPv6 address and zeroes the other 80', () => {
    const hostBits = (1n << 80n) - 1n;
    fc.assert(
      fc.property(ipv6, (address) => {
        const truncated = truncateIp(address);
        expect(isIPv6(truncated)).toBe(true);
        expect(ipv6Bits(truncated) & hostBits).toBe(0n);
        expect(ipv6Bits(truncated) >> 80n).toBe(ipv6Bits(address) >> 80n);
      }),
      PROPERTY_RUNS,
    );
  });

  it('truncates an IPv4-mapped address as the IPv4 address it carries', () => {
    fc.assert(
      fc.property(ipv4, (address) => {
        expect(truncateIp(`::ffff:${address}`)).toBe(`::ffff:${truncateIp(address)}`);
      }),
      PROPERTY_RUNS,
    );
  });

  it('returns text that is no IP address unchanged', () => {
    fc.assert(
      fc.property(
        hostileText().filter((text) => !isIPv4(text) && !isIPv6(text)),
        (text) => {
          expect(truncateIp(text)).toBe(text);
        },
      ),
      PROPERTY_RUNS,
    );
  });
});
