import type { LoggerService } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';

/** A route by path (no leading slash) and method, as the contexts name their hot routes. */
export interface RouteInfo {
  path: string;
  method: string | number;
}

const SECRET_PARAMETERS = /([?&](?:token|api_key|apikey|key)=)[^&#]*/gi;

/** `?token=abc&x=1` becomes `?token=[redacted]&x=1`: postback tokens travel in query strings. */
export function redactSecretParameters(url: string): string {
  return url.replace(SECRET_PARAMETERS, '$1[redacted]');
}

/** The one JSON logger of the process; `destination` defaults to stdout (tests capture it). */
export function createLogger(config: AppConfig, destination?: DestinationStream): Logger {
  return pino({ level: config.logLevel }, destination);
}

/**
 * One JSON line per request, with its id (X-Request-Id), written when the response is sent.
 * Headers are never logged (they carry API keys), and secret query parameters are masked.
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
          url: redactSecretParameters(request.url),
          remoteAddress: request.ip,
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
