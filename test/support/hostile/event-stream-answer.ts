import { request as httpRequest } from 'node:http';
import type { InjectOptions } from 'fastify';

/** What the walker checks of an answer, whether injected or read off a socket. */
export interface Answer {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}

const FIRST_EVENT_TIMEOUT_MS = 10_000;

/**
 * Sends a request to an event-stream operation over real HTTP: an injected request would wait
 * for the end of a stream that never ends. An error answer is read whole; a stream is read
 * up to its first event, which must be a named event with JSON data, and then dropped, as a
 * client that leaves does.
 */
export function eventStreamAnswer(
  port: number,
  request: InjectOptions,
  defaultHeaders: Record<string, string>,
): Promise<Answer & { streamProblem: string | null }> {
  return new Promise((resolve) => {
    const payload = request.payload as string | Buffer | undefined;
    const headers: Record<string, string | number> = {
      ...defaultHeaders,
      ...(request.headers as Record<string, string>),
    };
    // As inject sends it: a body with its length, not chunked.
    if (payload !== undefined) headers['content-length'] = Buffer.byteLength(payload);
    let sent;
    try {
      sent = httpRequest(
        // A connection of its own: a pooled one the server has closed would fail the next request.
        {
          host: '127.0.0.1',
          port,
          method: request.method,
          path: String(request.url),
          headers,
          agent: false,
        },
        (response) => {
          const answer = { statusCode: response.statusCode ?? 0, headers: response.headers };
          const streaming = String(response.headers['content-type'] ?? '').startsWith(
            'text/event-stream',
          );
          let body = '';
          const timer = setTimeout(() => {
            sent!.destroy();
            resolve({ ...answer, body, streamProblem: 'no first event within 10 s' });
          }, FIRST_EVENT_TIMEOUT_MS);
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            body += chunk;
            if (streaming && body.includes('\n\n')) {
              clearTimeout(timer);
              sent!.destroy();
              const first = body.slice(0, body.indexOf('\n\n'));
              resolve({ ...answer, body: first, streamProblem: eventProblem(first) });
            }
          });
          response.on('end', () => {
            clearTimeout(timer);
            resolve({
              ...answer,
              body,
              streamProblem:
                streaming && answer.statusCode < 300 ? 'the stream ended without an event' : null,
            });
          });
          response.on('error', () => undefined);
        },
      );
    } catch (error) {
      // Node refuses to send some raw paths at all (unescaped characters): nothing to check.
      resolve({ statusCode: 400, headers: {}, body: '', streamProblem: null });
      return error;
    }
    sent.setTimeout(FIRST_EVENT_TIMEOUT_MS, () => {
      sent.destroy();
      resolve({ statusCode: 0, headers: {}, body: '', streamProblem: 'no answer within 10 s' });
    });
    sent.on('error', (error) =>
      resolve({ statusCode: 0, headers: {}, body: '', streamProblem: `failed: ${error.message}` }),
    );
    sent.end(payload);
  });
}

function eventProblem(event: string): string | null {
  const lines = event.split('\n');
  if (!lines.some((line) => /^event: \S+$/.test(line)))
    return `unnamed event: ${event.slice(0, 100)}`;
  const data = lines.filter((line) => line.startsWith('data: ')).map((line) => line.slice(6));
  try {
    JSON.parse(data.join('\n'));
    return null;
  } catch {
    return `event data that is not JSON: ${event.slice(0, 100)}`;
  }
}
