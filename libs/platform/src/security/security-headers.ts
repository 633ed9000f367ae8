import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, onSendHookHandler, RouteOptions } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The API's answers are JSON for programs, so by default nothing in them may load, run, frame
 * or be framed (OWASP's advice for REST APIs), on top of helmet's other defaults: HSTS,
 * nosniff, Referrer-Policy no-referrer, same-origin COOP and CORP, X-DNS-Prefetch-Control off.
 */
export const API_HEADERS: HelmetOptions = {
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
export const PAGE_HEADERS: HelmetOptions = {
  contentSecurityPolicy: { useDefaults: true, directives: { upgradeInsecureRequests: null } },
  xFrameOptions: { action: 'sameorigin' },
};

/**
 * Routes visitors reach from any site (a tracking link, an impression pixel, a form post):
 * another site must be able to embed the pixel (CORP same-origin would block the <img>),
 * and the redirect to the offer must leave the browser's own referrer policy alone.
 */
export const VISITOR_HEADERS: HelmetOptions = {
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  referrerPolicy: false,
};

/**
 * Visitor routes whose answer is a redirect (a tracking link): a 302 has no body a browser
 * renders, so CSP, framing, COOP/CORP and the like have nothing to act on; it keeps HSTS and
 * nosniff. Any other answer of such a route (a problem document) gets the visitor policy in
 * full. Half the bytes of every redirect were headers nobody reads.
 */
export const REDIRECT_HEADERS: HelmetOptions = { ...VISITOR_HEADERS };
const KEPT_ON_REDIRECTS = ['strict-transport-security', 'x-content-type-options'];

/** The route config key holding a route's policy (set by @HtmlPage() and @OpenToAnySite()). */
export const SECURITY_POLICY = 'securityHeaders';

type HeaderSet = Record<string, string>;

/**
 * The headers helmet sets for `options`, worked out once: without CSP nonces they are the same
 * on every answer, and building helmet's middleware on each request (as @fastify/helmet does
 * for routes with their own options) cost the click path a tenth of its CPU.
 */
export function headerSetOf(options: HelmetOptions): HeaderSet {
  const headers: HeaderSet = {};
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, () => undefined);
  return headers;
}

/**
 * Security headers on every answer (routes, 404s, errors). Routes registered under
 * `pagePrefixes` (the Swagger UI, served by @nestjs/swagger rather than by our controllers)
 * get the page policy; our own routes choose theirs with @HtmlPage() and @OpenToAnySite();
 * everything else, unknown routes included, the API's. Call before those routes are registered.
 */
export function registerSecurityHeaders(
  fastify: FastifyInstance,
  pagePrefixes: readonly string[],
): void {
  // A route's own options refine the API's, as helmet's per-route options did.
  const visitor = headerSetOf({ ...API_HEADERS, ...VISITOR_HEADERS } as HelmetOptions);
  const sets = new Map<HelmetOptions, HeaderSet>([
    [PAGE_HEADERS, headerSetOf({ ...API_HEADERS, ...PAGE_HEADERS } as HelmetOptions)],
    [VISITOR_HEADERS, visitor],
    [REDIRECT_HEADERS, pick(visitor, KEPT_ON_REDIRECTS)],
  ]);
  const api = headerSetOf(API_HEADERS);
  fastify.addHook('onRoute', (route: RouteOptions) => {
    const config = (route.config ?? {}) as Record<string, unknown>;
    const url = route.url ?? '';
    const isPage = pagePrefixes.some((prefix) => url === prefix || url.startsWith(`${prefix}/`));
    const policy =
      (config[SECURITY_POLICY] as HelmetOptions | undefined) ?? (isPage ? PAGE_HEADERS : undefined);
    route.config = {
      ...config,
      [SECURITY_POLICY]: policy ? sets.get(policy) : api,
    } as RouteOptions['config'];
    if (policy === REDIRECT_HEADERS) {
      route.onSend = [...[route.onSend ?? []].flat(), completeUnlessRedirect(visitor)];
    }
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    const set = (request.routeOptions.config as unknown as Record<string, unknown> | undefined)?.[
      SECURITY_POLICY
    ];
    void reply.headers((set as HeaderSet | undefined) ?? api);
    done();
  });
}

/** On a redirect route, an answer that is no redirect gets the whole visitor policy. */
function completeUnlessRedirect(visitor: HeaderSet): onSendHookHandler {
  return (_request, reply, payload, done) => {
    if (reply.statusCode < 300 || reply.statusCode >= 400) void reply.headers(visitor);
    done(null, payload);
  };
}

function pick(headers: HeaderSet, names: readonly string[]): HeaderSet {
  return Object.fromEntries(names.map((name) => [name, headers[name]]));
}
