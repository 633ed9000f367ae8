import type { FastifyRequest } from 'fastify';
import type { PresentedPostbackCredentials } from '../application/queries/authenticate-postback/authenticate-postback.query.js';
import { postbackTokenOf } from './postback-params.js';

/**
 * What a postback presents to prove who sends it: a signature when it carries X-Postback-Key
 * (the secret never travels then), else the token of its URL or body. The signed payload is
 * the body of a POST that has one, else the query string, exactly as sent.
 */
export function presentedCredentials(
  request: FastifyRequest & { rawBody?: Buffer },
  query: unknown,
  body: unknown,
): PresentedPostbackCredentials {
  const keyId = header(request, 'x-postback-key');
  if (keyId === null) return { kind: 'token', token: postbackTokenOf(query, body) };
  const rawBody = request.rawBody?.toString('utf8') ?? '';
  const rawQuery = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
  return {
    kind: 'signature',
    keyId,
    timestamp: header(request, 'x-postback-timestamp') ?? '',
    signature: header(request, 'x-postback-signature') ?? '',
    payload: request.method === 'POST' && rawBody !== '' ? rawBody : rawQuery,
  };
}

/** A header sent once; a repeated one is not believed (null), whichever copy would win. */
function header(request: FastifyRequest, name: string): string | null {
  const value = request.headers[name];
  return typeof value === 'string' ? value : null;
}
