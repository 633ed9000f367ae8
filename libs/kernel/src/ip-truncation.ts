import { isIPv4, isIPv6 } from 'node:net';
import ipaddr from 'ipaddr.js';

/** Bits of an address kept by truncation: the network a visitor came from, not the visitor. */
export const KEPT_IPV4_BITS = 24;
export const KEPT_IPV6_BITS = 48;

const TEREDO_OBFUSCATION = 0xffff;

/**
 * An IP address with its host part zeroed, as privacy rules keep it after the retention
 * window: IPv4 keeps its first three octets (`203.0.113.77` -> `203.0.113.0`), IPv6 its first
 * 48 bits (`2001:db8:85a3:8d3:1319:8a2e:370:7348` -> `2001:db8:85a3::`), written in RFC 5952
 * form. An IPv6 address that carries an IPv4 visitor is that visitor, truncated as IPv4:
 * - IPv4-mapped (`::ffff:203.0.113.77`, how a dual-stack socket reports an IPv4 peer) keeps
 *   the mapped form, where zeroing 80 bits would leave `::` and lose the network as well
 *   (the deprecated IPv4-compatible `::203.0.113.77` is read as mapped, as ipaddr.js reads it);
 * - 6to4 (`2002:WWXX:YYZZ::/48`) embeds the whole IPv4 address in its first 48 bits, so only
 *   the prefix and the IPv4 network are kept (`2002:cb00:7101::1` -> `2002:cb00:7100::`);
 * - Teredo (`2001:0::/32`, RFC 4380) carries a server IPv4, flags, a port and the client's
 *   IPv4 XOR 0xffffffff: both IPv4 addresses are truncated, flags and port go.
 * A zone id (`fe80::1%eth0`) names a local interface and goes. Truncating twice changes
 * nothing. A value that is no IP address is returned as it is: there is no host part in it.
 * Parsing is ipaddr.js's, after node's strict checks (ipaddr.js also reads `127.1` forms).
 */
export function truncateIp(value: string): string {
  if (isIPv4(value)) return truncateIpv4(ipaddr.IPv4.parse(value)).toString();
  if (!isIPv6(value)) return value;
  const address = ipaddr.IPv6.parse(value.split('%')[0]);
  switch (address.range()) {
    case 'ipv4Mapped':
      return `::ffff:${truncateIpv4(address.toIPv4Address()).toString()}`;
    case '6to4':
      return truncate6to4(address.parts);
    case 'teredo':
      return truncateTeredo(address.parts);
    default: {
      const kept = KEPT_IPV6_BITS / 16;
      return ipv6(address.parts.map((part, i) => (i < kept ? part : 0)));
    }
  }
}

function truncateIpv4(address: ipaddr.IPv4): ipaddr.IPv4 {
  const [a, b, c] = address.octets;
  return new ipaddr.IPv4([a, b, c, 0]);
}

/** 2002, then the IPv4 address in two groups; the low byte of the second is its last octet. */
function truncate6to4(parts: number[]): string {
  return ipv6([parts[0], parts[1], parts[2] & 0xff00, 0, 0, 0, 0, 0]);
}

/** 2001:0, server IPv4, flags, obfuscated port, obfuscated client IPv4. */
function truncateTeredo(parts: number[]): string {
  // Zeroing the client's last octet is setting it to ff in its obfuscated (XOR) form.
  const clientLow = (parts[7] ^ TEREDO_OBFUSCATION) & 0xff00;
  return ipv6([
    parts[0],
    parts[1],
    parts[2],
    parts[3] & 0xff00,
    0,
    0,
    parts[6],
    clientLow ^ TEREDO_OBFUSCATION,
  ]);
}

function ipv6(parts: number[]): string {
  return new ipaddr.IPv6(parts).toRFC5952String();
}
