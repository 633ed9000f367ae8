import { isIPv4, isIPv6 } from 'node:net';

/** Bits of an address kept by truncation: the network a visitor came from, not the visitor. */
export const KEPT_IPV4_BITS = 24;
export const KEPT_IPV6_BITS = 48;

const MAPPED_IPV4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;

/**
 * An IP address with its host part zeroed, as privacy rules keep it after the retention
 * window: IPv4 keeps its first three octets (`203.0.113.77` -> `203.0.113.0`), IPv6 its first
 * 48 bits (`2001:db8:85a3:8d3:1319:8a2e:370:7348` -> `2001:db8:85a3::`), written in RFC 5952
 * form. An IPv4-mapped IPv6 address (`::ffff:203.0.113.77`, how a dual-stack socket reports an
 * IPv4 peer) is an IPv4 visitor: its IPv4 part is truncated and the mapped form kept, where
 * zeroing 80 bits would leave `::` and lose the network as well. A zone id (`fe80::1%eth0`)
 * names a local interface and goes. Truncating twice changes nothing. A value that is no IP
 * address is returned as it is: there is no host part to find in it.
 */
export function truncateIp(value: string): string {
  if (isIPv4(value)) return truncateIpv4(value);
  const mapped = MAPPED_IPV4.exec(value);
  if (mapped && isIPv4(mapped[1])) return `::ffff:${truncateIpv4(mapped[1])}`;
  if (!isIPv6(value)) return value;
  const groups = ipv6Groups(value.split('%')[0]);
  // Mapped addresses written in hex (::ffff:cb00:714d) are IPv4 visitors too.
  if (groups.slice(0, 6).join(':') === '0:0:0:0:0:65535') {
    return `::ffff:${truncateIpv4(`${groups[6] >> 8}.${groups[6] & 0xff}.${groups[7] >> 8}.${groups[7] & 0xff}`)}`;
  }
  const kept = KEPT_IPV6_BITS / 16;
  return formatIpv6(groups.map((group, i) => (i < kept ? group : 0)));
}

function truncateIpv4(value: string): string {
  return `${value.slice(0, value.lastIndexOf('.'))}.0`;
}

/** The eight 16-bit groups of a valid IPv6 address (a trailing dotted quad included). */
function ipv6Groups(text: string): number[] {
  const hex = text.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_match, a, b, c, d) =>
    [((Number(a) << 8) | Number(b)).toString(16), ((Number(c) << 8) | Number(d)).toString(16)].join(
      ':',
    ),
  );
  const [head, tail] = hex.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((group) => Number.parseInt(group, 16));
}

/** RFC 5952: lower case, no leading zeros, the longest run of two or more zero groups as `::`. */
function formatIpv6(groups: number[]): string {
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < 8; start += 1) {
    let end = start;
    while (end < 8 && groups[end] === 0) end += 1;
    if (end - start > bestLength) [bestStart, bestLength] = [start, end - start];
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}
