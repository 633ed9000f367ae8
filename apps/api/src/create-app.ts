import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { registerLtvBodyParsing } from '@app/ltv';
import { TRACKING_HOT_ROUTES } from '@app/tracking';
import {
  answerClientError,
  answerFrameworkError,
  type AppConfig,
  createLogger,
  enableCorsPolicy,
  logRequests,
  PinoNestLogger,
  proxyTrust,
  refuseRequestsWithoutHost,
  registerSecurityHeaders,
  setupOpenApi,
} from '@app/platform';
import type { DestinationStream } from 'pino';
import { AppModule, type AppModuleOptions } from './app.module.js';

const SANE_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Keeps the caller's X-Request-Id when it is safe to log, otherwise makes one. */
function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** Builds the whole API (used by main.ts and by the tests, so both run the same app). */
export interface CreateAppOptions extends AppModuleOptions {
  /** Where log lines go; stdout unless a test captures them. */
  logDestination?: DestinationStream;
}

export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    // request.ip: the right-most address no trusted proxy added (see clientIp).
    trustProxy: proxyTrust(config.trustProxy),
    genReqId: requestId,
    requestIdHeader: false,
    // Broken percent-encoding and over-long path parameters: problem documents like the rest.
    frameworkErrors: answerFrameworkError,
    // Requests Node's HTTP parser refuses (431, 400) never reach Fastify: problem documents too.
    clientErrorHandler: answerClientError,
    // A missing Host is refused by refuseRequestsWithoutHost, as a problem rather than Node's bare 400.
    http: { requireHostHeader: false },
    // Requests are logged by our own hook (logRequests), without a per-request child logger.
    logger: false,
  });
  const { logDestination, ...moduleOptions } = options;
  const logger = createLogger(config, logDestination);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, moduleOptions),
    adapter,
    {
      // JSON from the first line: start-up logs (a database retry) are not held back in colour.
      logger: new PinoNestLogger(logger),
      // rawBody: signed postbacks are verified over the body exactly as it was sent.
      rawBody: true,
      // A failed start is thrown to main.ts, which logs it as JSON and exits 1, not abort()ed.
      abortOnError: false,
    },
  );
  const fastify = app.getHttpAdapter().getInstance();
  // Before any route is registered: both read the routes' policies as they are added.
  registerSecurityHeaders(fastify, ['/docs']);
  enableCorsPolicy(app, config.corsOrigins);
  // JSON (and urlencoded forms) only: any other body is a 415, not a string the DTOs would misread.
  fastify.removeContentTypeParser('text/plain');
  // text/csv for the one route that imports purchases in bulk (LTV); a 415 everywhere else.
  registerLtvBodyParsing(fastify, config);
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  refuseRequestsWithoutHost(fastify);
  logRequests(fastify, logger, TRACKING_HOT_ROUTES);
  setupOpenApi(app, config.version);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
