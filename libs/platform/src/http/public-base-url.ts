import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config.js';
import { plainHost } from './plain-host.js';

/**
 * The address clients reach this API at, for the links and redirects the API hands out:
 * PUBLIC_BASE_URL (required when DEBUG=false, so production never reads Host). In debug mode
 * without it, the request's scheme and Host when Host is a plain host[:port], else
 * localhost on the listening port: a developer's browser reaches that, and a Host written to
 * steer links elsewhere (`evil.example/x?`) is never echoed (docs/decisions.md).
 */
export function publicBaseUrl(request: FastifyRequest, config: AppConfig): string {
  if (config.publicBaseUrl) return config.publicBaseUrl;
  const host = plainHost(request.host);
  if (host === null) return `http://localhost:${config.port}`;
  return `${request.protocol === 'https' ? 'https' : 'http'}://${host}`;
}
