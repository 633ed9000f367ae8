import type { Answer } from './event-stream-answer.js';

/** A frame of a Node stack trace, or a path into the installed packages. */
const STACK_TRACE = /\bat .+\.(?:[cm]?js|ts):\d+|node_modules|QueryFailedError|SqliteError/;

/**
 * What is wrong with an answer to hostile input, or null when nothing is: never a 5xx, every
 * 4xx an RFC 9457 problem with its members, and no stack trace or driver error in any body.
 */
export function answerProblem(response: Answer): string | null {
  const status = response.statusCode;
  if (status >= 500) return `answered ${status}: ${response.body.slice(0, 300)}`;
  if (STACK_TRACE.test(response.body))
    return `body shows internals: ${response.body.slice(0, 300)}`;
  if (status < 400) return null;
  const contentType = String(response.headers['content-type'] ?? '');
  if (!contentType.startsWith('application/problem+json'))
    return `${status} as ${contentType || 'no content type'}: ${response.body.slice(0, 200)}`;
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(response.body) as Record<string, unknown>;
  } catch {
    return `${status} problem that is not JSON: ${response.body.slice(0, 200)}`;
  }
  const missing = ['type', 'title', 'detail', 'code'].filter(
    (member) => typeof body[member] !== 'string',
  );
  if (missing.length > 0 || body.status !== status)
    return `${status} problem without ${[...missing, ...(body.status === status ? [] : ['status'])].join(', ')}`;
  return null;
}
