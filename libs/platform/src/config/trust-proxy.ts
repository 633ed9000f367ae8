import { isIP } from 'node:net';
import proxyAddr from '@fastify/proxy-addr';

/**
 * Which hops in front of the API may add to X-Forwarded-For. `none`: the socket's address is
 * the visitor. `hops`: that many proxies stand in front, whatever their addresses (the socket
 * and the right-most `hops - 1` forwarded entries are theirs). `proxies`: addresses or CIDR
 * ranges of the proxies (proxy-addr's names `loopback`, `linklocal`, `uniquelocal` too); a hop
 * is skipped only when it came from one of them.
 */
export type TrustProxy =
  { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'proxies'; proxies: string[] };

export interface ParsedTrustProxy {
  trustProxy: TrustProxy;
  /** Set when the value is accepted but should be written another way. */
  deprecation?: string;
  problems: string[];
}

const MAX_HOPS = 32;
/** proxy-addr's names for the usual private ranges. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);
const FALSE_WORDS = new Set(['false', 'no', 'off', '0']);
const TRUE_WORDS = new Set(['true', 'yes', 'on']);

/** Reads TRUST_PROXY: false (default), a hop count, or a comma-separated list of proxies. */
export function parseTrustProxy(text: string | undefined): ParsedTrustProxy {
  const value = (text ?? '').trim();
  const word = value.toLowerCase();
  if (value === '' || FALSE_WORDS.has(word)) return { trustProxy: { kind: 'none' }, problems: [] };
  if (TRUE_WORDS.has(word)) {
    return {
      trustProxy: { kind: 'hops', hops: 1 },
      deprecation: `TRUST_PROXY=${value} is deprecated: it now means one proxy hop (TRUST_PROXY=1). Set the number of proxies in front of the API, or their addresses (TRUST_PROXY=10.0.0.0/8).`,
      problems: [],
    };
  }
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops <= MAX_HOPS) return { trustProxy: { kind: 'hops', hops }, problems: [] };
    return refuse(`${hops} hops is more than ${MAX_HOPS}`);
  }
  const proxies = value.split(',').map((entry) => entry.trim());
  const bad = proxies.find((entry) => !isProxyEntry(entry));
  if (bad !== undefined) {
    return refuse(`${JSON.stringify(bad)} is not an IP address or a CIDR range`);
  }
  return { trustProxy: { kind: 'proxies', proxies }, problems: [] };
}

/**
 * An address or a CIDR range as proxy-addr reads it, the address in node's strict syntax
 * (ipaddr.js alone also takes `10.1` or `167772161` for 10.0.0.1, which is no way to write a
 * proxy's address in a setting), or one of proxy-addr's named ranges.
 */
function isProxyEntry(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  if (isIP(entry.split('/')[0]) === 0) return false;
  try {
    proxyAddr.compile(entry);
    return true;
  } catch {
    return false;
  }
}

function refuse(reason: string): ParsedTrustProxy {
  return {
    trustProxy: { kind: 'none' },
    problems: [
      `TRUST_PROXY: ${reason}; use false, a number of proxy hops (1, 2, ...) or a comma-separated list of proxy addresses and CIDR ranges such as 10.0.0.0/8, fd00::/8`,
    ],
  };
}
