import { isIPv4, isIPv6 } from 'node:net';

const HOST_AND_PORT = /^(\[[^\]]+\]|[^:[\]]+)(?::(\d{1,5}))?$/;
const LABEL = /^[a-z\d]([a-z\d-]{0,61}[a-z\d])?$/i;

/**
 * The value when it is exactly host[:port] (a DNS name, an IPv4 literal or a bracketed IPv6
 * literal, then an optional port 1-65535), else null. Anything more (a path, `?`, `#`, `@`
 * credentials, a backslash, spaces) is what a hostile Host header uses to steer a link built
 * on it to another site.
 */
export function plainHost(value: string | undefined): string | null {
  const match = value === undefined ? null : HOST_AND_PORT.exec(value);
  if (!match) return null;
  const [, host, port] = match;
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65_535)) return null;
  const name = host.startsWith('[') ? host.slice(1, -1) : host;
  if (host.startsWith('[') ? !isIPv6(name) : !isIPv4(name) && !isDnsName(name)) return null;
  return value!;
}

function isDnsName(name: string): boolean {
  return name.length <= 253 && name.split('.').every((label) => LABEL.test(label));
}
