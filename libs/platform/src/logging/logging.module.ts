import { type DynamicModule, Module, RequestMethod } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import type { AppConfig } from '../config/app-config.js';

/** A route by path (no leading slash) and method, as Nest's middleware configuration takes it. */
export interface RouteInfo {
  path: string;
  method: RequestMethod;
}

/** Headers that carry secrets: never written to the log. */
const REDACTED = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  'req.query.token',
  'req.query.api_key',
  'req.query.key',
  'res.headers["set-cookie"]',
];

const SECRET_PARAMETERS = /([?&](?:token|api_key|apikey|key)=)[^&#]*/gi;

/** `?token=abc&x=1` becomes `?token=[redacted]&x=1`. */
export function redactSecretParameters(url: string | undefined): string | undefined {
  return url?.replace(SECRET_PARAMETERS, '$1[redacted]');
}

/** Structured JSON logs, one line per request, tagged with the request id (X-Request-Id). */
@Module({})
export class LoggingModule {
  /**
   * `destination` defaults to stdout; tests pass a stream to read the log lines.
   * `unlogged` routes skip the request logger entirely: on a hot path (clicks) its per-request
   * work halves throughput; their errors are still logged by the error filter.
   */
  static forRoot(
    config: AppConfig,
    destination?: DestinationStream,
    unlogged: RouteInfo[] = [],
  ): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            stream: destination,
            // Fastify has already chosen the id (the caller's X-Request-Id when it is sane).
            genReqId: (req: IncomingMessage) => (req as IncomingMessage & { id?: string }).id ?? '',
            redact: { paths: REDACTED, censor: '[redacted]' },
            // Postback tokens and keys travel in query strings too.
            serializers: {
              req: (req: { url?: string }) => ({ ...req, url: redactSecretParameters(req.url) }),
            },
            customLogLevel: (_req, res, error) =>
              error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'info' : 'debug',
          },
          // The default pattern does not match on platform-fastify 12: request logs would vanish.
          forRoutes: [{ path: '*path', method: RequestMethod.ALL }],
          ...(unlogged.length > 0 ? { exclude: unlogged } : {}),
        }),
      ],
      exports: [LoggerModule],
    };
  }
}
