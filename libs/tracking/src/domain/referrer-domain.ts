/** Letters of any script, digits, marks, dots, hyphens: nothing that starts a path, port or user. */
const DOMAIN_TEXT = /^[\p{L}\p{N}\p{M}.-]+$/u;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const MAX_DOMAIN_LENGTH = 253;

/**
 * A domain name in the form referrer hosts take: lower case, internationalised names in
 * punycode (the URL parser's own conversion, so both sides match), no trailing dot. Null when
 * `text` is not a domain: a URL, an IP address, spaces, empty labels.
 */
export function parseDomain(text: string): string | null {
  const trimmed = text.trim().replace(/\.$/, '');
  if (!DOMAIN_TEXT.test(trimmed)) return null;
  let host: string;
  try {
    host = new URL(`http://${trimmed}`).hostname;
  } catch {
    return null;
  }
  const labels = host.split('.');
  if (host.length > MAX_DOMAIN_LENGTH || !labels.every((label) => LABEL.test(label))) return null;
  // No top-level domain is all digits; such a "domain" is an IPv4 address in disguise.
  return /^\d+$/.test(labels[labels.length - 1]) ? null : host;
}

/** The host of a referrer URL, lower case without a trailing dot; null when malformed. */
export function referrerHost(referrer: string): string | null {
  let url: URL;
  try {
    url = new URL(referrer);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  return host === '' ? null : host;
}

/** The host and every domain above it: a.b.example.com, b.example.com, example.com, com. */
export function* domainAndParents(host: string): Generator<string> {
  for (let rest = host; ; rest = rest.slice(rest.indexOf('.') + 1)) {
    yield rest;
    if (!rest.includes('.')) return;
  }
}
