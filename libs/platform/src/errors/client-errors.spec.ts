import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { answerClientError, clientErrorProblem } from './client-errors.js';

const parserError = (code: string) => Object.assign(new Error('Parse Error'), { code });

describe('clientErrorProblem', () => {
  it('answers headers past maxHeaderSize with 431 and the limit', () => {
    expect(clientErrorProblem(parserError('HPE_HEADER_OVERFLOW'))).toMatchObject({
      status: 431,
      code: 'HTTP.HEADERS_TOO_LARGE',
      detail: expect.stringContaining('16 KB'),
    });
  });

  it('answers a request that did not arrive in time with 408', () => {
    expect(clientErrorProblem(parserError('ERR_HTTP_REQUEST_TIMEOUT'))).toMatchObject({
      status: 408,
      code: 'HTTP.REQUEST_TIMEOUT',
    });
  });

  it('answers every other parser error with 400, saying what was wrong where it can', () => {
    expect(clientErrorProblem(parserError('HPE_UNEXPECTED_CONTENT_LENGTH'))).toMatchObject({
      status: 400,
      code: 'HTTP.MALFORMED_REQUEST',
      detail: expect.stringContaining('Transfer-Encoding'),
    });
    expect(clientErrorProblem(parserError('HPE_SOMETHING_NEW'))).toMatchObject({
      status: 400,
      code: 'HTTP.MALFORMED_REQUEST',
    });
  });
});

describe('answerClientError', () => {
  it('writes one problem document and closes the connection', async () => {
    const socket = new PassThrough();
    const written: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => written.push(chunk));
    answerClientError(parserError('HPE_HEADER_OVERFLOW'), socket);
    await new Promise((resolve) => socket.on('close', resolve));
    const text = Buffer.concat(written).toString();
    expect(text).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(text).toContain('Content-Type: application/problem+json\r\n');
    const body = JSON.parse(text.slice(text.indexOf('\r\n\r\n') + 4));
    expect(body).toMatchObject({ status: 431, code: 'HTTP.HEADERS_TOO_LARGE' });
  });

  it('writes nothing on a connection the client reset', () => {
    const socket = new PassThrough();
    const written: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => written.push(chunk));
    answerClientError(parserError('ECONNRESET'), socket);
    expect(written).toEqual([]);
    expect(socket.destroyed).toBe(true);
  });
});
