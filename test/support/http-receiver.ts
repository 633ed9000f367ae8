import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  /** The path and query string, as sent. */
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A local HTTP server standing in for a partner's endpoint (a retention webhook, an affiliate's
 * postback URL): it records every request and answers with the given statuses in turn, then 200
 * (a path given its own statuses with `answerOn` answers from those first, and one given a
 * `redirectOn` target answers 302 to it).
 */
export async function startHttpReceiver(statuses: number[] = [], path = '/hooks/retention') {
  const received: ReceivedRequest[] = [];
  const byPath = new Map<string, number[]>();
  const redirects = new Map<string, string>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const bare = (request.url ?? '').split('?')[0];
      const location = redirects.get(bare);
      if (location) {
        response.writeHead(302, { location });
        response.end();
        return;
      }
      const own = byPath.get(bare);
      response.statusCode = (own?.length ? own.shift() : statuses.shift()) ?? 200;
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    port,
    received,
    /** Answers the next requests to `path` (the part before any query) with these statuses. */
    answerOn: (path: string, ...next: number[]) =>
      byPath.set(path, [...(byPath.get(path) ?? []), ...next]),
    /** Answers every request to `path` with a 302 to `location`. */
    redirectOn: (path: string, location: string) => redirects.set(path, location),
    /** The paths and queries requested under `path`, in the order they came. */
    pathsUnder: (path: string) =>
      received.map((request) => request.path).filter((sent) => sent.startsWith(`${path}?`)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
