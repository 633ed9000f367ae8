import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from './problem-details.filter.js';
import { problem } from './problem-details.js';

/**
 * Fastify's router refuses a URL whose percent-encoding is broken (400) or whose path
 * parameter is longer than it matches (414) before any hook or Nest filter runs. This answers
 * those as problem documents too, with the request id the other answers carry.
 */
export function answerFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  void reply.header('x-request-id', request.id);
  sendProblem(reply, request, frameworkProblem(error.code));
}

function frameworkProblem(code: string) {
  switch (code) {
    case 'FST_ERR_BAD_URL':
      return problem(400, 'HTTP.MALFORMED_URL', 'The URL is not validly percent-encoded.');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return problem(
        414,
        'HTTP.URI_TOO_LONG',
        'A path parameter is longer than any this API uses.',
      );
    default:
      return problem(500, 'HTTP.INTERNAL_ERROR', 'An unexpected error occurred.');
  }
}
