import { isIPv4, isIPv6 } from 'node:net';

/**
 * IP addresses as bytes (4 for IPv4, 16 for IPv6), so that ranges compare bitwise and every
 * spelling of one address has one canonical text. An IPv4-mapped IPv6 address (::ffff:1.2.3.4,
 * how a dual-stack socket reports IPv4 peers) is IPv4: IPv4 rules must catch it.
 */
export type IpBytes = Uint8Array;

export interface IpRange {
  /** The network address, host bits cleared. */
  readonly network: IpBytes;
  readonly prefix: number;
}

const MAPPED_PREFIX = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];
const PREFIX = /^(0|[1-9]\d{0,2})$/;

/** The address's bytes, or null when `text` is not an IP address (zone ids are refused). */
export function parseIp(text: string): IpBytes | null {
  const raw = rawBytes(text);
  return raw && unmapped(raw);
}

/** `network/prefix`; host bits may be set (they are cleared). Null when malformed. */
export function parseIpRange(text: string): IpRange | null {
  const slash = text.indexOf('/');
  const raw = rawBytes(text.slice(0, slash));
  const prefixText = text.slice(slash + 1);
  if (slash < 0 || !raw || !PREFIX.test(prefixText)) return null;
  let prefix = Number(prefixText);
  if (prefix > raw.length * 8) return null;
  let bytes = raw;
  // A mapped range inside ::ffff:0:0/96 is an IPv4 range; a wider one stays IPv6.
  if (raw.length === 16 && prefix >= 96 && isMapped(raw)) {
    bytes = raw.subarray(12);
    prefix -= 96;
  }
  const network = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i += 1) network[i] = bytes[i] & byteMask(prefix - i * 8);
  return { network, prefix };
}

/** Whether `address` lies in `range`; an address of the other family never does. */
export function rangeContains(range: IpRange, address: IpBytes): boolean {
  if (address.length !== range.network.length) return false;
  for (let i = 0; i * 8 < range.prefix; i += 1) {
    const mask = byteMask(range.prefix - i * 8);
    if ((address[i] & mask) !== range.network[i]) return false;
  }
  return true;
}

/** Dotted decimal for IPv4; RFC 5952 for IPv6 (lower case, no leading zeros, longest :: run). */
export function formatIp(bytes: IpBytes): string {
  if (bytes.length === 4) return bytes.join('.');
  const groups = Array.from({ length: 8 }, (_, i) => (bytes[2 * i] << 8) | bytes[2 * i + 1]);
  let bestStart = -1;
  let bestLength = 1; // a single zero group is not compressed
  for (let start = 0; start < 8;) {
    let end = start;
    while (end < 8 && groups[end] === 0) end += 1;
    if (end - start > bestLength) [bestStart, bestLength] = [start, end - start];
    start = Math.max(end, start + 1);
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

export function formatIpRange(range: IpRange): string {
  return `${formatIp(range.network)}/${range.prefix}`;
}

/** The mask of the bits of one byte that fall inside a prefix with `bits` left (<= 0: none). */
function byteMask(bits: number): number {
  if (bits >= 8) return 0xff;
  return bits <= 0 ? 0 : (0xff << (8 - bits)) & 0xff;
}

function rawBytes(text: string): IpBytes | null {
  if (isIPv4(text)) return Uint8Array.from(text.split('.'), Number);
  if (!isIPv6(text) || text.includes('%')) return null;
  // A trailing dotted quad (::ffff:1.2.3.4) is rewritten as its two hex groups.
  const hex = text.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_match, ...octets: string[]) => {
    const [a, b, c, d] = octets.slice(0, 4).map(Number);
    return `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  });
  const [head, tail] = hex.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  const bytes = new Uint8Array(16);
  [...left, ...zeros, ...right].forEach((group, i) => {
    const value = Number.parseInt(group, 16);
    bytes[2 * i] = value >> 8;
    bytes[2 * i + 1] = value & 0xff;
  });
  return bytes;
}

function isMapped(bytes: IpBytes): boolean {
  return bytes.length === 16 && MAPPED_PREFIX.every((value, i) => bytes[i] === value);
}

function unmapped(bytes: IpBytes): IpBytes {
  return isMapped(bytes) ? bytes.slice(12) : bytes;
}
