import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyInstance, RouteOptions } from 'fastify';

/**
 * The API's answers are JSON for programs, so by default nothing in them may load, run, frame
 * or be framed (OWASP's advice for REST APIs), on top of helmet's other defaults: HSTS,
 * nosniff, Referrer-Policy no-referrer, same-origin COOP and CORP, X-DNS-Prefetch-Control off.
 */
export const API_HEADERS: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'none'"],
      frameAncestors: ["'none'"],
    },
  },
  xFrameOptions: { action: 'deny' },
};

/**
 * HTML pages (the Swagger UI, the mock landing pages): helmet's default CSP, which lets the
 * Swagger UI's own scripts, its inline styles and data: images load and nothing else, without
 * `upgrade-insecure-requests`: the API itself speaks plain HTTP (TLS ends in front of it), and
 * upgrading the UI's requests would break it wherever it is opened over http.
 */
export const PAGE_HEADERS: FastifyHelmetOptions = {
  contentSecurityPolicy: { useDefaults: true, directives: { upgradeInsecureRequests: null } },
  xFrameOptions: { action: 'sameorigin' },
};

/**
 * Routes visitors reach from any site (a tracking link, an impression pixel, a form post):
 * another site must be able to embed the pixel (CORP same-origin would block the <img>),
 * and the redirect to the offer must leave the browser's own referrer policy alone.
 */
export const VISITOR_HEADERS: FastifyHelmetOptions = {
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  referrerPolicy: false,
};

/**
 * Security headers on every answer (routes, 404s, errors) through @fastify/helmet. Routes
 * registered under `pagePrefixes` (the Swagger UI, served by @nestjs/swagger rather than by
 * our controllers) get the page policy; our own routes choose theirs with @HtmlPage() and
 * @OpenToAnySite(). Call before those routes are registered.
 */
export async function registerSecurityHeaders(
  fastify: FastifyInstance,
  pagePrefixes: readonly string[],
): Promise<void> {
  fastify.addHook('onRoute', (route: RouteOptions) => {
    const url = route.url ?? '';
    const isPage = pagePrefixes.some((prefix) => url === prefix || url.startsWith(`${prefix}/`));
    if (isPage && (route.config as { helmet?: unknown } | undefined)?.helmet === undefined) {
      route.config = { ...route.config, helmet: PAGE_HEADERS } as RouteOptions['config'];
    }
  });
  await fastify.register(helmet, API_HEADERS);
}
