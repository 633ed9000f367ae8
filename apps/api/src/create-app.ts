import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { type AppConfig, setupOpenApi } from '@app/platform';
import { AppModule, type AppModuleOptions } from './app.module.js';

const SANE_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Keeps the caller's X-Request-Id when it is safe to log, otherwise makes one. */
function requestId(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

/** Builds the whole API (used by main.ts and by the tests, so both run the same app). */
export async function createApp(
  config: AppConfig,
  options: AppModuleOptions = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    genReqId: requestId,
    requestIdHeader: false,
    // Nest logs requests through pino already; Fastify's own logger would log them twice.
    logger: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, options),
    adapter,
    {
      bufferLogs: true,
    },
  );
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  const fastify = app.getHttpAdapter().getInstance();
  // JSON (and urlencoded forms) only: any other body is a 415, not a string the DTOs would misread.
  fastify.removeContentTypeParser('text/plain');
  fastify.addHook('onRequest', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  setupOpenApi(app, config.version);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
