import { randomUUID } from 'node:crypto';
import { maxHeaderSize, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { PROBLEM_CONTENT_TYPE, problem, type ProblemDetails } from './problem-details.js';

/** What llhttp (Node's HTTP parser) found wrong, in words a client can act on. */
const PARSER_DETAILS: Record<string, string> = {
  HPE_UNEXPECTED_CONTENT_LENGTH:
    'Content-Length must not be sent together with Transfer-Encoding, nor twice.',
  HPE_INVALID_TRANSFER_ENCODING: 'Transfer-Encoding must end with chunked.',
  HPE_INVALID_CHUNK_SIZE: 'A chunk size of the chunked body is not a hexadecimal number.',
  HPE_INVALID_CONTENT_LENGTH: 'Content-Length is not a number.',
  HPE_INVALID_METHOD: 'The request line does not start with an HTTP method.',
  HPE_INVALID_URL: 'The request target is not a valid URL.',
  HPE_INVALID_VERSION: 'The request line does not end with HTTP/1.0 or HTTP/1.1.',
  HPE_INVALID_HEADER_TOKEN: 'A header name or value holds a character HTTP does not allow.',
  HPE_INVALID_CONSTANT: 'The request is not HTTP/1.1.',
};

/** The problem document for an error Node raised on a connection before any route ran. */
export function clientErrorProblem(error: { code?: string }): ProblemDetails {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return problem(
        431,
        'HTTP.HEADERS_TOO_LARGE',
        `The request line and headers are larger than this server reads (${maxHeaderSize / 1024} KB); send long filters in fewer or shorter parameters.`,
      );
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return problem(408, 'HTTP.REQUEST_TIMEOUT', 'The request was not received in time.');
    default:
      return problem(
        400,
        'HTTP.MALFORMED_REQUEST',
        PARSER_DETAILS[error.code ?? ''] ?? 'The request is not well-formed HTTP/1.1.',
      );
  }
}

/**
 * Fastify's clientErrorHandler: Node's HTTP parser refuses a request (headers over
 * maxHeaderSize, Content-Length with Transfer-Encoding, a broken request line or chunk) before
 * Fastify sees it, and Fastify would answer with JSON of its own. This writes a problem
 * document on the raw socket instead, then closes it: after a parse error the rest of the
 * connection cannot be trusted to frame a next request.
 */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  // A reset connection has no one to answer; one whose answer started cannot take another.
  const inProgress = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || inProgress?.headersSent) {
    socket.destroy();
    return;
  }
  const requestId = randomUUID();
  const answer = clientErrorProblem(error);
  const body = JSON.stringify({ ...answer, requestId });
  // Closed once written: the server keeps sockets half-open, and this one is done.
  socket.end(
    [
      `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}`,
      `Content-Type: ${PROBLEM_CONTENT_TYPE}`,
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Cache-Control: no-store',
      'X-Content-Type-Options: nosniff',
      `X-Request-Id: ${requestId}`,
      'Connection: close',
      '',
      body,
    ].join('\r\n'),
    () => socket.destroy(),
  );
}
