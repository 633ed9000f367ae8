import type { LoggerService } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import { clientIp } from '../http/client-ip.js';
import { redactPersonalPath } from './personal-path.js';

/** A route by path (no leading slash) and method, as the contexts name their hot routes. */
export interface RouteInfo {
  path: string;
  method: string | number;
}

/** Query parameters whose values are secrets: postback tokens, API keys and their kin. */
const SECRET_NAMES = new Set([
  'token',
  'access_token',
  'key',
  'api_key',
  'apikey',
  'api-key',
  'x-api-key',
  'secret',
  'password',
]);

/**
 * Query parameters whose values can identify a person: the advertiser's customer id of a
 * postback, an email, and the affiliate's ids for a visit (external_id, sub1-5), which often
 * carry a customer id or email filled in by the affiliate. An erasure cannot reach log files,
 * so these never enter them.
 */
const PERSONAL_NAMES = new Set([
  'customer_id',
  'customerid',
  'email',
  'phone',
  'external_id',
  'sub1',
  'sub2',
  'sub3',
  'sub4',
  'sub5',
]);

/**
 * `?token=abc&x=1` becomes `?token=[redacted]&x=1`: postback tokens travel in query strings,
 * and a client may put a key there too; personal parameters (`customer_id`, `sub1`) likewise.
 * Names are compared as the query parser reads them
 * (percent-decoded, `+` as a space), so `?%74oken=`, which the API reads as the token, is
 * masked too; any case and a trailing `[]` as well, to err on the side of hiding.
 */
export function redactSecretParameters(url: string): string {
  const start = url.indexOf('?');
  if (start < 0) return url;
  const pairs = url
    .slice(start + 1)
    .split('&')
    .map((pair) => {
      const name = pair.split('=', 1)[0];
      return isMaskedName(name) ? `${name}=[redacted]` : pair;
    });
  return `${url.slice(0, start)}?${pairs.join('&')}`;
}

function isMaskedName(raw: string): boolean {
  let name = raw.replaceAll('+', ' ');
  try {
    name = decodeURIComponent(name);
  } catch {
    // A broken escape stays as written: the parser cannot read it as a secret's name either.
  }
  const normalized = name.trim().toLowerCase().replace(/\[\]$/, '');
  return SECRET_NAMES.has(normalized) || PERSONAL_NAMES.has(normalized);
}

/** The one JSON logger of the process; `destination` defaults to stdout (tests capture it). */
export function createLogger(config: AppConfig, destination?: DestinationStream): Logger {
  return pino({ level: config.logLevel }, destination);
}

/**
 * One JSON line per request, with its id (X-Request-Id), written when the response is sent.
 * Headers are never logged (they carry API keys), and secret and personal query parameters
 * are masked.
 * `quiet` routes (the click path) log only their server errors: a line per click would cost
 * more than the click itself. This is a Fastify hook rather than Nest middleware on purpose:
 * middleware and a per-request async context measurably slowed every request.
 */
export function logRequests(
  fastify: FastifyInstance,
  logger: Logger,
  quiet: readonly RouteInfo[] = [],
): void {
  const quietUrls = new Set(quiet.map((route) => `/${route.path.replace(/^\/+/, '')}`));
  fastify.addHook('onResponse', async (request, reply) => {
    const status = reply.statusCode;
    if (status < 500 && quietUrls.has(request.routeOptions.url ?? '')) return;
    const level = status >= 500 ? 'error' : status >= 400 ? 'info' : 'debug';
    if (!logger.isLevelEnabled(level)) return;
    logger[level](
      {
        reqId: request.id,
        req: {
          method: request.method,
          url: redactSecretParameters(redactPersonalPath(request.url, request.routeOptions.url)),
          // The visitor as every per-IP rule sees it, never a forwarded value that is no address.
          remoteAddress: clientIp(request),
        },
        res: { statusCode: status },
        responseTime: Math.round(reply.elapsedTime * 100) / 100,
      },
      'request completed',
    );
  });
}

/** Nest's own log calls (start-up, errors) written as JSON lines through the same logger. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.logger.info({ context }, String(message));
  }

  error(message: unknown, stackOrContext?: string, context?: string): void {
    const [stack, where] =
      context === undefined ? [undefined, stackOrContext] : [stackOrContext, context];
    this.logger.error({ context: where, ...(stack ? { stack } : {}) }, String(message));
  }

  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, String(message));
  }

  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }

  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, String(message));
  }

  fatal(message: unknown, context?: string): void {
    this.logger.fatal({ context }, String(message));
  }
}
