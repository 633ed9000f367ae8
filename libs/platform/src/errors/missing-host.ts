import type { FastifyInstance } from 'fastify';
import { sendProblem } from './problem-details.filter.js';
import { problem } from './problem-details.js';

/**
 * An HTTP/1.1 request must name its Host (RFC 9112, section 3.2). Node refuses one without
 * it by itself, with a bare 400 no client could branch on; the server is therefore created
 * with `requireHostHeader: false` (see createApp) and the same rule is kept here, answered as a
 * problem document like every other error. HTTP/1.0 needs no Host, as in Node.
 */
export function refuseRequestsWithoutHost(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request, reply) => {
    const { httpVersionMajor, httpVersionMinor } = request.raw;
    if (httpVersionMajor !== 1 || httpVersionMinor !== 1 || request.headers.host) return;
    sendProblem(
      reply,
      request,
      problem(400, 'HTTP.MALFORMED_REQUEST', 'An HTTP/1.1 request must carry a Host header.'),
    );
    return reply;
  });
}
