import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/** The IPv6 prefix per-IP rules count by unless IPV6_SUBNET_PREFIX says otherwise. */
export const DEFAULT_IPV6_SUBNET_PREFIX = 64;

/**
 * The network a per-IP rule counts an address by: an IPv4 address is itself, an IPv4-mapped
 * IPv6 address (`::ffff:203.0.113.7`, how a dual-stack socket reports an IPv4 peer) is its
 * IPv4, and an IPv6 address is its network address for `ipv6Prefix` bits in RFC 5952 form
 * (`2001:db8:1:2:aa::1` with 64 -> `2001:db8:1:2::`). One host is routinely handed a whole /64,
 * so counting single IPv6 addresses would give it 2^64 fresh identities. The key is itself an
 * address, so the privacy truncation reads it like any stored IP. A zone id names a local
 * interface, not a visitor, and is dropped. A value that is no IP address (node's strict
 * syntax: no `127.1` or decimal forms) is returned as it is.
 */
export function ipNetworkKey(address: string, ipv6Prefix = DEFAULT_IPV6_SUBNET_PREFIX): string {
  if (isIP(address) === 0) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return parsed.toString();
  const withoutZone = new ipaddr.IPv6((parsed as ipaddr.IPv6).parts).toNormalizedString();
  return ipaddr.IPv6.networkAddressFromCIDR(`${withoutZone}/${ipv6Prefix}`).toRFC5952String();
}
