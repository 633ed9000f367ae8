import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config.js';

/**
 * The address clients reach this API at, for links the API hands out: PUBLIC_BASE_URL when
 * set (needed behind a proxy or load balancer), else the scheme and host of the request.
 */
export function publicBaseUrl(request: FastifyRequest, config: AppConfig): string {
  return config.publicBaseUrl ?? `${request.protocol}://${request.host}`;
}
