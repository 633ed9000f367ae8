import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import type { CorsOrigins } from '../config/cors-origins.js';
import { OPEN_TO_ANY_SITE } from './route-policies.decorator.js';

type CorsOptions = NonNullable<Parameters<NestFastifyApplication['enableCors']>[0]>;

/**
 * The admin API for the origins in CORS_ORIGINS. Keys travel in headers, never cookies, so
 * credentials are never allowed and a site not listed can neither read an answer nor send
 * the X-API-Key header (its preflight fails).
 */
const API_CORS: CorsOptions = {
  methods: ['GET', 'HEAD', 'POST', 'PATCH', 'DELETE'],
  allowedHeaders: ['Content-Type', 'X-API-Key', 'Authorization', 'X-Request-Id'],
  exposedHeaders: ['X-Request-Id', 'Retry-After', 'Location'],
  credentials: false,
  maxAge: 600,
  // A stray OPTIONS request is not a preflight gone wrong: no text/plain 400 from the plugin.
  strictPreflight: false,
};

/** Visitor routes for every origin: a landing page's script may submit a form with fetch(). */
const ANY_SITE_CORS: CorsOptions = {
  origin: '*',
  methods: ['GET', 'HEAD', 'POST'],
  allowedHeaders: ['Content-Type', 'X-Request-Id'],
  exposedHeaders: ['X-Request-Id', 'X-Click-Id', 'Retry-After'],
  credentials: false,
  maxAge: 600,
  strictPreflight: false,
};

/** CORS headers answer an Origin; a request without one (a navigation, a server) gets none. */
const NO_CORS: CorsOptions = { origin: false };

/**
 * CORS through Nest's enableCors (@fastify/cors), decided per request: routes marked
 * @OpenToAnySite() answer every origin; the others follow CORS_ORIGINS, and with none set
 * send no CORS headers at all. A preflight is judged by the method and path it asks about,
 * as it reaches the plugin's catch-all OPTIONS route rather than the route itself. Requests
 * without an Origin header (browsers send one on every cross-origin fetch and preflight) get
 * no CORS headers: a followed tracking link saves their bytes on every redirect, and
 * `Vary: Origin`, always sent, keeps caches from mixing the two kinds of answer.
 */
export function enableCorsPolicy(app: NestFastifyApplication, origins: CorsOrigins): void {
  const openRoutes = openRoutesOf(app.getHttpAdapter().getInstance());
  const apiCors: CorsOptions =
    origins === '*' || origins.length > 0
      ? { ...API_CORS, origin: origins === '*' ? '*' : [...origins] }
      : { origin: false };
  app.enableCors({
    delegator: (
      request: FastifyRequest,
      callback: (error: Error | null, options: CorsOptions) => void,
    ) => {
      if (request.headers.origin === undefined) return callback(null, NO_CORS);
      callback(null, openRoutes.has(routeKey(request)) ? ANY_SITE_CORS : apiCors);
    },
  } as CorsOptions);
}

/** The method and path a request is about; for a preflight, those it asks permission for. */
function routeKey(request: FastifyRequest): string {
  const asked = request.headers['access-control-request-method'];
  const method =
    request.method === 'OPTIONS' && typeof asked === 'string'
      ? asked.toUpperCase()
      : request.method;
  return `${method} ${request.url.split('?')[0]}`;
}

/** Collects the routes marked @OpenToAnySite() as they are registered (call before init). */
function openRoutesOf(fastify: FastifyInstance): Set<string> {
  const routes = new Set<string>();
  fastify.addHook('onRoute', (route: RouteOptions) => {
    if (!(route.config as Record<string, unknown> | undefined)?.[OPEN_TO_ANY_SITE]) return;
    for (const method of [route.method].flat()) routes.add(`${method} ${route.url}`);
  });
  return routes;
}
