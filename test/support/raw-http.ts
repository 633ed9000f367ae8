import { connect } from 'node:net';

/** An HTTP/1.1 answer as it came off the wire. */
export interface RawAnswer {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Writes `request` byte for byte to 127.0.0.1:`port` and reads the first answer. Unlike
 * inject(), this goes through Node's HTTP parser, so requests it refuses (oversized headers,
 * conflicting lengths, broken request lines) reach the server as they would from the network.
 * The connection is closed after one answer: send `Connection: close` on requests that parse.
 */
export function sendRaw(port: number, request: string | Buffer): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (error) => (chunks.length > 0 ? undefined : reject(error)));
    socket.on('close', () => {
      try {
        resolve(parseAnswer(Buffer.concat(chunks).toString('latin1')));
      } catch (error) {
        reject(error as Error);
      }
    });
    socket.setTimeout(10_000, () => socket.destroy());
    // Written, not ended: a half-closed connection may be dropped before its answer is sent.
    socket.write(request);
  });
}

function parseAnswer(text: string): RawAnswer {
  const headEnd = text.indexOf('\r\n\r\n');
  if (headEnd < 0) throw new Error(`No HTTP answer, only: ${JSON.stringify(text.slice(0, 200))}`);
  const [statusLine, ...lines] = text.slice(0, headEnd).split('\r\n');
  const statusCode = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const rest = text.slice(headEnd + 4);
  const length = headers['content-length'];
  const body = length === undefined ? rest : rest.slice(0, Number(length));
  return { statusCode, headers, body: Buffer.from(body, 'latin1').toString('utf8') };
}
