import { isIP } from 'node:net';

/** What clientIp reads of a Fastify request. */
export interface ClientIpSource {
  ip: string;
  /** With TRUST_PROXY: the chain from the socket's peer to the visitor (proxy-addr's order). */
  ips?: string[];
  socket: { remoteAddress?: string };
}

/**
 * The visitor's address, the one every per-IP rule, the block list and the request log use.
 * Fastify computes `request.ip` with the TRUST_PROXY walk (see proxyTrust): the right-most
 * address not added by a trusted proxy. When that entry is no IP address, someone wrote junk
 * where a trusted proxy would have written the address it saw: nothing from there leftwards is
 * believed, and the trusted hop that passed it on is counted instead (rotating junk must not
 * make each request a new visitor).
 */
export function clientIp(request: ClientIpSource): string {
  if (isIP(request.ip)) return request.ip;
  const chain = request.ips ?? [];
  for (let i = chain.length - 2; i >= 0; i -= 1) if (isIP(chain[i])) return chain[i];
  return request.socket.remoteAddress ?? '0.0.0.0';
}
