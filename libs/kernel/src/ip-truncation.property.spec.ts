import { isIPv4, isIPv6 } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText, PROPERTY_RUNS } from '../../../test/support/property-runs.js';
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
/** IPv6 addresses that carry an IPv4 visitor: mapped, 6to4 and Teredo; truncated as IPv4. */
const carriesIpv4 = (bits: bigint) =>
  bits >> 32n === 0xffffn || bits >> 112n === 0x2002n || bits >> 96n === 0x20010000n;
/** `::a.b.c.d` (deprecated IPv4-compatible) is read as mapped, as ipaddr.js reads it. */
const ipv4Compatible = /^::\d+\.\d+\.\d+\.\d+$/;
const ipv6 = fc
  .ipV6()
  .filter((address) => !carriesIpv4(ipv6Bits(address)) && !ipv4Compatible.test(address));
const ipv4Hex = (address: string) =>
  address
    .split('.')
    .map((octet) => Number(octet).toString(16).padStart(2, '0'))
    .join('');
const hexGroup = fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16));
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

  it('truncates the IPv4 address of a 6to4 address and keeps nothing after it', () => {
    fc.assert(
      fc.property(ipv4, fc.array(hexGroup, { minLength: 5, maxLength: 5 }), (address, rest) => {
        const hex = ipv4Hex(address);
        const sixToFour = `2002:${hex.slice(0, 4)}:${hex.slice(4)}:${rest.join(':')}`;
        const kept = ipv4Hex(truncateIp(address));
        expect(ipv6Bits(truncateIp(sixToFour))).toBe(
          ipv6Bits(`2002:${kept.slice(0, 4)}:${kept.slice(4)}::`),
        );
      }),
      PROPERTY_RUNS,
    );
  });

  it('truncates both IPv4 addresses of a Teredo address and drops flags and port', () => {
    fc.assert(
      fc.property(ipv4, ipv4, hexGroup, hexGroup, (server, client, flags, port) => {
        const obfuscated = (address: string) =>
          (Number.parseInt(ipv4Hex(address), 16) ^ 0xffffffff) >>> 0;
        const groups = (n: number) => `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
        const serverHex = (address: string) => groups(Number.parseInt(ipv4Hex(address), 16));
        const teredo = `2001:0:${serverHex(server)}:${flags}:${port}:${groups(obfuscated(client))}`;
        const expected = `2001:0:${serverHex(truncateIp(server))}:0:0:${groups(obfuscated(truncateIp(client)))}`;
        expect(ipv6Bits(truncateIp(teredo))).toBe(ipv6Bits(expected));
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
