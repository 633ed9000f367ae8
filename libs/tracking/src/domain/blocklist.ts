import {
  formatIp,
  formatIpRange,
  type IpBytes,
  type IpRange,
  parseIp,
  parseIpRange,
  rangeContains,
} from './ip-address.js';
import { domainAndParents, parseDomain, referrerHost } from './referrer-domain.js';
import { invalidBlocklistEntry } from './tracking.errors.js';

export const BLOCKLIST_KINDS = ['ip', 'referrer_domain'] as const;
export type BlocklistKind = (typeof BLOCKLIST_KINDS)[number];

export interface BlocklistEntryInput {
  kind: BlocklistKind;
  value: string;
}

/**
 * Checks and normalises a blocklist value sent to the API: an IP address or CIDR range in its
 * canonical text (a range's host bits cleared, a /32 or /128 written as the address), or a
 * domain in lower case without a trailing dot. One spelling per rule keeps duplicates out.
 */
export function parseBlocklistValue(kind: BlocklistKind, value: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (kind === 'ip') {
    const normalised = normaliseIp(text);
    if (normalised === null) {
      throw invalidBlocklistEntry(
        'value must be an IPv4 or IPv6 address or a CIDR range such as 203.0.113.0/24 ' +
          '(prefix up to 32 for IPv4, 128 for IPv6).',
      );
    }
    return normalised;
  }
  if (kind === 'referrer_domain') {
    const domain = parseDomain(text);
    if (domain === null) {
      throw invalidBlocklistEntry(
        'value must be a domain name such as spam.example, without scheme, path or port.',
      );
    }
    return domain;
  }
  throw invalidBlocklistEntry(`kind must be one of ${BLOCKLIST_KINDS.join(', ')}.`, 'kind');
}

/**
 * The blocklist compiled for the click path: exact addresses in a set (one lookup), ranges in
 * a short list compared bitwise, domains in a set probed for the host and each parent domain.
 */
export class Blocklist {
  private constructor(
    private readonly addresses: ReadonlySet<string>,
    private readonly ranges: readonly IpRange[],
    private readonly domains: ReadonlySet<string>,
  ) {}

  static readonly empty = new Blocklist(new Set(), [], new Set());

  /**
   * Entries that do not parse are skipped: they were checked on the way in, and one bad row
   * must not stop every click from being redirected.
   */
  static compile(entries: Iterable<BlocklistEntryInput>): Blocklist {
    const addresses = new Set<string>();
    const ranges = new Map<string, IpRange>();
    const domains = new Set<string>();
    for (const { kind, value } of entries) {
      const text = typeof value === 'string' ? value.trim() : '';
      if (kind === 'referrer_domain') {
        const domain = parseDomain(text);
        if (domain !== null) domains.add(domain);
      } else if (kind === 'ip') {
        const rule = parseIpRule(text);
        if (rule instanceof Uint8Array) addresses.add(formatIp(rule));
        else if (rule !== null) ranges.set(formatIpRange(rule), rule);
      }
    }
    return new Blocklist(addresses, [...ranges.values()], domains);
  }

  /** Whether the visitor's address is listed or lies in a listed range. */
  blocksIp(ip: string): boolean {
    if (this.addresses.size === 0 && this.ranges.length === 0) return false;
    const address = typeof ip === 'string' ? parseIp(ip) : null;
    if (address === null) return false;
    if (this.addresses.has(formatIp(address))) return true;
    return this.ranges.some((range) => rangeContains(range, address));
  }

  /** Whether the referrer's host is a listed domain or a subdomain of one. */
  blocksReferrer(referrer: string | null): boolean {
    if (this.domains.size === 0 || typeof referrer !== 'string' || referrer === '') return false;
    const host = referrerHost(referrer);
    if (host === null) return false;
    for (const domain of domainAndParents(host)) if (this.domains.has(domain)) return true;
    return false;
  }
}

/** An address, a range wider than one address, or null when `text` is neither. */
function parseIpRule(text: string): IpBytes | IpRange | null {
  if (!text.includes('/')) return parseIp(text);
  const range = parseIpRange(text);
  // A range of one address is that address: one spelling per rule, and a set lookup.
  return range !== null && range.prefix === range.network.length * 8 ? range.network : range;
}

function normaliseIp(text: string): string | null {
  const rule = parseIpRule(text);
  if (rule === null) return null;
  return rule instanceof Uint8Array ? formatIp(rule) : formatIpRange(rule);
}
