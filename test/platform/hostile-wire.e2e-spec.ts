import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RawAnswer, sendRaw } from '../support/raw-http.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Malformed HTTP sent over a real socket, through Node's HTTP parser, which inject() skips.
 * Every error answer of the API is an RFC 9457 problem with a code, including those raised
 * before a route is found (by Node's parser or Fastify's router): a client that branches on
 * `code` must never meet another format.
 */
describe('malformed HTTP on the wire', () => {
  let t: TestApp;
  let port: number;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    port = (t.app.getHttpServer().address() as { port: number }).port;
  });
  afterAll(() => t.close());

  const key = () => t.config.bootstrapApiKey!;
  /** A request with the admin key, its body's length, and the connection closed afterwards. */
  const request = (head: string, headers: string[] = [], body = '') =>
    [
      head,
      'Host: 127.0.0.1',
      `X-API-Key: ${key()}`,
      'Connection: close',
      ...headers,
      ...(body ? [`Content-Length: ${Buffer.byteLength(body)}`] : []),
      '',
      body,
    ].join('\r\n');

  const expectProblem = (answer: RawAnswer, status: number, code: string) => {
    expect(answer.statusCode, answer.body).toBe(status);
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(answer.body)).toMatchObject({
      type: expect.any(String),
      title: expect.any(String),
      status,
      detail: expect.any(String),
      code,
    });
  };

  const cases: [string, () => string | Buffer, number, string][] = [
    [
      'a query string over 16 KB',
      () => request(`GET /v1/campaigns?name=${'a'.repeat(17_000)} HTTP/1.1`),
      431,
      'HTTP.HEADERS_TOO_LARGE',
    ],
    [
      'one header over 16 KB',
      () => request('GET /v1/campaigns HTTP/1.1', [`X-Padding: ${'a'.repeat(17_000)}`]),
      431,
      'HTTP.HEADERS_TOO_LARGE',
    ],
    [
      'Content-Length together with Transfer-Encoding',
      () =>
        request('POST /v1/campaigns HTTP/1.1', [
          'Content-Type: application/json',
          'Content-Length: 2',
          'Transfer-Encoding: chunked',
        ]) + '2\r\n{}\r\n0\r\n\r\n',
      400,
      'HTTP.MALFORMED_REQUEST',
    ],
    [
      'two different Content-Lengths',
      () =>
        request('POST /v1/campaigns HTTP/1.1', [
          'Content-Type: application/json',
          'Content-Length: 2',
          'Content-Length: 3',
        ]) + '{}',
      400,
      'HTTP.MALFORMED_REQUEST',
    ],
    [
      'a broken chunk size',
      () =>
        request('POST /v1/campaigns HTTP/1.1', [
          'Content-Type: application/json',
          'Transfer-Encoding: chunked',
        ]) + 'zz\r\n{}\r\n0\r\n\r\n',
      400,
      'HTTP.MALFORMED_REQUEST',
    ],
    ['a request line that is not HTTP', () => 'HELLO THERE\r\n\r\n', 400, 'HTTP.MALFORMED_REQUEST'],
    [
      'an HTTP/2 preface on the HTTP/1.1 port',
      () => 'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n',
      400,
      'HTTP.MALFORMED_REQUEST',
    ],
    [
      'a method HTTP does not have',
      () => request('G@T /v1/campaigns HTTP/1.1'),
      400,
      'HTTP.MALFORMED_REQUEST',
    ],
    [
      'a header name with a space',
      () => request('GET /v1/campaigns HTTP/1.1', ['Bad Header: 1']),
      400,
      'HTTP.MALFORMED_REQUEST',
    ],
    [
      'a control character in a header value',
      () => request('GET /v1/campaigns HTTP/1.1', ['X-Note: a\u0001b']),
      400,
      'HTTP.MALFORMED_REQUEST',
    ],
    [
      'no Host header',
      () => `GET /v1/campaigns HTTP/1.1\r\nX-API-Key: ${key()}\r\nConnection: close\r\n\r\n`,
      400,
      'HTTP.MALFORMED_REQUEST',
    ],
    [
      'broken percent-encoding in the path',
      () => request('GET /v1/campaigns/%E0%A4%A HTTP/1.1'),
      400,
      'HTTP.MALFORMED_URL',
    ],
    [
      'malformed JSON',
      () => request('POST /v1/campaigns HTTP/1.1', ['Content-Type: application/json'], '{"name":'),
      400,
      'HTTP.MALFORMED_JSON',
    ],
    [
      'an unsupported media type',
      () => request('POST /v1/campaigns HTTP/1.1', ['Content-Type: application/xml'], '<a/>'),
      415,
      'HTTP.UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'a body over the limit',
      () =>
        request(
          'POST /v1/campaigns HTTP/1.1',
          ['Content-Type: application/json'],
          `{"name":"${'a'.repeat(2_000_000)}"}`,
        ),
      413,
      'HTTP.PAYLOAD_TOO_LARGE',
    ],
  ];

  it.each(cases)('answers %s with a problem document', async (_label, raw, status, code) => {
    expectProblem(await sendRaw(port, raw()), status, code);
  });

  it('answers a broken percent-encoding in the query string as a 422 naming the fields', async () => {
    const answer = await sendRaw(
      port,
      request('GET /v1/campaigns?name=%E0%A4%A&limit=%zz HTTP/1.1'),
    );
    expectProblem(answer, 422, 'HTTP.VALIDATION_FAILED');
    const { errors } = JSON.parse(answer.body) as { errors: { field: string }[] };
    expect([...new Set(errors.map((e) => e.field))]).toEqual(['name', 'limit']);
  });

  it('still serves a well-formed request on the same server', async () => {
    const answer = await sendRaw(port, request('GET /v1/campaigns HTTP/1.1'));
    expect(answer.statusCode, answer.body).toBe(200);
  });
});
