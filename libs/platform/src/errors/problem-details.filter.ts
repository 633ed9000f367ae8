import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AlreadyRunningError, DomainError, RateLimitedError } from '@app/kernel';
import { isDatabaseUnavailable } from '../database/database-unavailable.js';
import { STATUS_OF_KIND } from './error-kind-status.js';
import { HttpProblemException } from './http-problem.exception.js';
import { PROBLEM_CONTENT_TYPE, problem, type ProblemDetails } from './problem-details.js';

/**
 * Turns every error into an RFC 9457 problem document. Known failures keep their status and
 * code; anything unexpected is a 500 whose details stay in the log, never in the response.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    const retryAfter = retryAfterSeconds(exception);
    // A client told when to come back does not have to guess (RFC 9110, Retry-After).
    if (retryAfter !== undefined) void reply.header('retry-after', String(retryAfter));
    sendProblem(reply, request, this.toProblem(exception));
  }

  toProblem(exception: unknown): ProblemDetails {
    if (isDatabaseUnavailable(exception)) {
      // An outage, not a bug: the client should retry (the pool reconnects by itself).
      this.logger.warn(`Database unavailable: ${(exception as Error).message}`);
      return problem(
        503,
        'HTTP.DATABASE_UNAVAILABLE',
        'The database is unavailable; retry shortly.',
      );
    }
    if (exception instanceof DomainError) {
      return problem(
        STATUS_OF_KIND[exception.kind],
        exception.code,
        exception.message,
        exception.fieldErrors,
      );
    }
    if (exception instanceof HttpProblemException) return exception.problem;
    // Nest wraps Fastify's own errors (body parsing, size, content type) and keeps them as the cause.
    if (exception instanceof HttpException)
      return fromFastifyError(exception.cause) ?? fromHttpException(exception);
    const fastifyProblem = fromFastifyError(exception);
    if (fastifyProblem) return fastifyProblem;
    this.logger.error(
      exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
    );
    return problem(500, 'HTTP.INTERNAL_ERROR', 'An unexpected error occurred; it has been logged.');
  }
}

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  body: ProblemDetails,
): void {
  const path = request.url.split('?')[0];
  void reply
    .status(body.status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .header('cache-control', 'no-store')
    .send({ ...body, instance: path, requestId: request.id });
}

const DATABASE_RETRY_AFTER_SECONDS = 5;

function retryAfterSeconds(exception: unknown): number | undefined {
  if (exception instanceof RateLimitedError || exception instanceof AlreadyRunningError) {
    return Math.max(1, Math.ceil(exception.retryAfterSeconds));
  }
  if (isDatabaseUnavailable(exception)) return DATABASE_RETRY_AFTER_SECONDS;
  return undefined;
}

const HTTP_CODES: Record<number, string> = {
  400: 'HTTP.BAD_REQUEST',
  401: 'AUTH.UNAUTHORIZED',
  403: 'AUTH.FORBIDDEN',
  404: 'HTTP.NOT_FOUND',
  405: 'HTTP.METHOD_NOT_ALLOWED',
  413: 'HTTP.PAYLOAD_TOO_LARGE',
  415: 'HTTP.UNSUPPORTED_MEDIA_TYPE',
  429: 'HTTP.RATE_LIMITED',
};

function fromHttpException(exception: HttpException): ProblemDetails {
  const status = exception.getStatus();
  if (status === 404) return problem(404, 'HTTP.NOT_FOUND', 'No such resource or route.');
  const body = exception.getResponse();
  const message =
    typeof body === 'object' && body !== null && 'message' in body
      ? String((body as { message: unknown }).message)
      : exception.message;
  return problem(status, HTTP_CODES[status] ?? `HTTP.STATUS_${status}`, message);
}

/** Errors Fastify raises before a route runs: body parsing, content type, size. */
function fromFastifyError(exception: unknown): ProblemDetails | undefined {
  if (typeof exception !== 'object' || exception === null) return undefined;
  const { statusCode, code } = exception as { statusCode?: unknown; code?: unknown };
  if (typeof statusCode !== 'number' || statusCode < 400 || statusCode >= 500) return undefined;
  switch (code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return problem(400, 'HTTP.MALFORMED_JSON', 'The request body is not valid JSON.');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problem(
        413,
        'HTTP.PAYLOAD_TOO_LARGE',
        'The request body is larger than this API accepts.',
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return problem(
        statusCode,
        HTTP_CODES[statusCode] ?? 'HTTP.BAD_REQUEST',
        unsupportedDetail(statusCode),
      );
    default:
      if (exception instanceof SyntaxError) {
        return problem(400, 'HTTP.MALFORMED_JSON', 'The request body is not valid JSON.');
      }
      return problem(
        statusCode,
        HTTP_CODES[statusCode] ?? `HTTP.STATUS_${statusCode}`,
        'The request could not be processed.',
      );
  }
}

function unsupportedDetail(status: number): string {
  return status === 415
    ? 'Unsupported content type; send application/json.'
    : 'The request could not be read.';
}
