import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/** ipaddr.js's names of the ranges that are not public unicast, as a message says them. */
const RANGE_WORDS: Record<string, string> = {
  unspecified: 'unspecified',
  loopback: 'loopback',
  private: 'private',
  linkLocal: 'link-local',
  uniqueLocal: 'unique-local',
  carrierGradeNat: 'carrier-grade NAT',
  multicast: 'multicast',
  broadcast: 'broadcast',
  reserved: 'reserved',
  ipv4Mapped: 'IPv4-mapped',
  rfc6145: 'IPv4-translated',
  rfc6052: 'IPv4-embedded',
  '6to4': '6to4',
  teredo: 'Teredo',
  benchmarking: 'benchmarking',
  amt: 'AMT',
  as112: 'AS112',
  as112v6: 'AS112',
  deprecatedSiteLocal: 'site-local',
  discard: 'discard-only',
  deprecatedOrchid: 'ORCHID',
  orchid2: 'ORCHID',
  droneRemoteIdProtocolEntityTags: 'reserved',
};

/**
 * Why the platform may not call `address` (such as "a loopback address"), or null when it may.
 * The rule is request-filtering-agent's, which makes the calls: public unicast only, unless the
 * address is on the allow-list (OUTBOUND_ALLOWED_IPS: an exact IP, or a CIDR range of the same
 * family). Keeping both the same means what a save accepts is what delivery will call.
 */
export function addressRefusal(address: string, allowList: readonly string[]): string | null {
  if (isIP(address) === 0) return `${JSON.stringify(address)}, which is no IP address`;
  const parsed = ipaddr.parse(address);
  if (allowList.some((entry) => allows(entry, address, parsed))) return null;
  const range = parsed.range();
  if (range === 'unicast') return null;
  return `a ${RANGE_WORDS[range] ?? 'non-public'} address`;
}

function allows(entry: string, address: string, parsed: ipaddr.IPv4 | ipaddr.IPv6): boolean {
  if (isIP(entry) !== 0) return entry === address;
  try {
    const [network, bits] = ipaddr.parseCIDR(entry);
    return network.kind() === parsed.kind() && parsed.match([network, bits] as never);
  } catch {
    return false;
  }
}
