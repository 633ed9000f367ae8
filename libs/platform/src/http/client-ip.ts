import { isIP } from 'node:net';

/**
 * The caller's address: the socket's, or with TRUST_PROXY (Fastify's `trustProxy`) the first
 * X-Forwarded-For entry, which Fastify has already put in `request.ip`. A forwarded value that
 * is no IP address at all is not believed; the socket's is used. The same rule as the click path.
 */
export function clientIp(request: { ip: string; socket: { remoteAddress?: string } }): string {
  if (isIP(request.ip)) return request.ip;
  return request.socket.remoteAddress ?? '0.0.0.0';
}
