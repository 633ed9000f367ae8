import type { AppConfig } from '@app/platform';
import type { FastifyInstance } from 'fastify';

/** The one route that reads text/csv. */
export const LTV_TRANSACTIONS_ROUTE = '/ltv/transactions';

/**
 * Lets POST /ltv/transactions take text/csv, and raises that route's body limit so a full
 * 10,000-row JSON batch fits (LTV_IMPORT_BODY_LIMIT_BYTES; every other route keeps
 * BODY_LIMIT_BYTES). The parser reads the body as a string under Fastify's limit, so an
 * oversized body is Fastify's 413; CSV sent to any other route is a 415, as before. Call before
 * the app registers its routes (app.init()).
 */
export function registerLtvBodyParsing(fastify: FastifyInstance, config: AppConfig): void {
  fastify.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (route.url === LTV_TRANSACTIONS_ROUTE && methods.includes('POST')) {
      route.bodyLimit = Math.max(config.ltv.importBodyLimitBytes, config.bodyLimitBytes);
    }
  });
  fastify.addContentTypeParser('text/csv', { parseAs: 'string' }, (request, body, done) => {
    if (request.routeOptions.url !== LTV_TRANSACTIONS_ROUTE) {
      done(
        Object.assign(new Error('Unsupported content type.'), {
          statusCode: 415,
          code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE',
        }),
        undefined,
      );
      return;
    }
    done(null, body);
  });
}
