import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const LIMIT = 4096;

describe(`BODY_LIMIT_BYTES (${LIMIT})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { BODY_LIMIT_BYTES: String(LIMIT) } });
  });
  afterAll(() => t.close());

  const json = (size: number) => JSON.stringify({ name: 'x'.repeat(size), email: 'a@b.example' });

  it('takes a JSON body up to the limit and answers one over it with 413', async () => {
    const fits = await t.request({
      method: 'POST',
      url: '/v1/affiliates',
      headers: { 'content-type': 'application/json' },
      payload: json(150),
    });
    expect(fits.statusCode, fits.body).toBe(201);
    const over = await t.request({
      method: 'POST',
      url: '/v1/affiliates',
      headers: { 'content-type': 'application/json' },
      payload: json(LIMIT),
    });
    expectProblem(over, 413, 'HTTP.PAYLOAD_TOO_LARGE');
  });

  it('applies to URL-encoded forms, on the public submit route and the postback', async () => {
    for (const url of ['/forms/submit', '/v1/postback']) {
      const response = await t.request({
        method: 'POST',
        url,
        headers: { 'x-api-key': '', 'content-type': 'application/x-www-form-urlencoded' },
        payload: `email=a%40b.example&message=${'m'.repeat(LIMIT)}`,
      });
      expectProblem(response, 413, 'HTTP.PAYLOAD_TOO_LARGE');
    }
  });

  it('counts a chunked body, which announces no length, as it arrives', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/v1/affiliates',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      payload: Readable.from([json(LIMIT / 2), ' '.repeat(LIMIT)]),
    });
    expectProblem(response, 413, 'HTTP.PAYLOAD_TOO_LARGE');
  });

  it('refuses a type it does not read with 415, whatever its size', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/v1/affiliates',
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.alloc(LIMIT * 4),
    });
    expectProblem(response, 415, 'HTTP.UNSUPPORTED_MEDIA_TYPE');
  });
});
