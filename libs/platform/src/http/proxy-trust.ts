import { isIP } from 'node:net';
import proxyAddr from '@fastify/proxy-addr';
import type { TrustProxy } from '../config/trust-proxy.js';

/** Whether the hop that handed over `address` (0: the socket's peer) is a trusted proxy. */
export type ProxyTrust = (address: string, hop: number) => boolean;

/**
 * TRUST_PROXY as Fastify's `trustProxy` function, so that `request.ip` is the right-most
 * address not added by a trusted proxy (proxy-addr walks X-Forwarded-For from the right and
 * stops at the first hop this returns false for). A function rather than Fastify's own number
 * or string: Fastify 5 refuses to trust any hop given a bare count, and a function lets the
 * walk also stop at an entry that is no address (node's strict syntax, so no `127.1` or
 * decimal forms), which clientIp then does not believe.
 */
export function proxyTrust(setting: TrustProxy): ProxyTrust | false {
  switch (setting.kind) {
    case 'none':
      return false;
    case 'hops':
      return (address, hop) => hop < setting.hops && isIP(address) !== 0;
    case 'proxies': {
      const trusted = proxyAddr.compile(setting.proxies);
      return (address, hop) => isIP(address) !== 0 && trusted(address, hop);
    }
  }
}
