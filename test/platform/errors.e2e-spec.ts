import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

const PROBLEM = /^application\/problem\+json/;

describe('errors are problem+json documents', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers an unknown route with 404', async () => {
    const response = await t.request({ method: 'GET', url: '/v1/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.json()).toMatchObject({
      status: 404,
      code: 'HTTP.NOT_FOUND',
      title: 'Not Found',
      instance: '/v1/no-such-thing',
    });
  });

  it('answers malformed JSON with 400 HTTP.MALFORMED_JSON', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/v1/campaigns',
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(PROBLEM);
    expect(response.json()).toMatchObject({
      code: 'HTTP.MALFORMED_JSON',
      type: '/problems/http.malformed-json',
    });
  });

  it('answers a body that is not JSON with 415', async () => {
    for (const contentType of ['text/plain', 'application/xml']) {
      const response = await t.request({
        method: 'POST',
        url: '/v1/campaigns',
        headers: { 'content-type': contentType },
        payload: 'x',
      });
      expect(response.statusCode).toBe(415);
      expect(response.json()).toMatchObject({ code: 'HTTP.UNSUPPORTED_MEDIA_TYPE' });
    }
  });

  it('answers an oversized body with 413', async () => {
    const huge = JSON.stringify({ name: 'x'.repeat(t.config.bodyLimitBytes + 10) });
    const response = await t.request({
      method: 'POST',
      url: '/v1/campaigns',
      headers: { 'content-type': 'application/json' },
      payload: huge,
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'HTTP.PAYLOAD_TOO_LARGE' });
  });

  it('answers a JSON body that is not an object with 422', async () => {
    for (const payload of ['[1,2]', '"text"', '42', 'null']) {
      const response = await t.request({
        method: 'POST',
        url: '/v1/campaigns',
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expect(response.statusCode, payload).toBe(422);
      expect(response.json()).toMatchObject({
        code: 'HTTP.VALIDATION_FAILED',
        errors: [{ field: '' }],
      });
    }
  });

  it('reports every invalid field in errors[], and unknown fields too', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/v1/campaigns',
      payload: {
        name: 42,
        offerUrl: 'https://example.com',
        payout: { model: 'CPA', amount: 'ten', currency: 'USD' },
        hacker: true,
      },
    });
    expect(response.statusCode).toBe(422);
    const fields = (response.json().errors as { field: string }[]).map((error) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining(['name', 'advertiserName', 'payout.amount', 'hacker']),
    );
  });

  it('answers a broken percent-encoding or an over-long path parameter as a problem', async () => {
    // Fastify's router answers these before any hook: they were plain JSON, not problems.
    for (const url of ['/v1/campaigns/%zz', '/v1/campaigns/%ED%A0%80', '/v1/affiliates/%']) {
      const response = await t.request({ method: 'GET', url, headers: { 'x-request-id': 'r-1' } });
      expect(response.statusCode, url).toBe(400);
      expect(response.headers['content-type']).toMatch(PROBLEM);
      expect(response.json()).toMatchObject({ code: 'HTTP.MALFORMED_URL', requestId: 'r-1' });
    }
    const long = await t.request({ method: 'GET', url: `/v1/campaigns/${'x'.repeat(500)}` });
    expect(long.statusCode).toBe(414);
    expect(long.json()).toMatchObject({ status: 414, code: 'HTTP.URI_TOO_LONG' });
  });

  it('answers a body nested thousands of levels deep with 422, not a stack overflow', async () => {
    for (const payload of [
      '['.repeat(50_000) + ']'.repeat(50_000),
      `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
    ]) {
      const response = await t.request({
        method: 'POST',
        url: '/v1/campaigns',
        headers: { 'content-type': 'application/json' },
        payload,
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors[0].message).toMatch(/nested more than 32 levels deep/);
    }
  });

  it('refuses text with a lone UTF-16 surrogate, which PostgreSQL cannot store, naming the field', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/v1/affiliates',
      headers: { 'content-type': 'application/json' },
      payload: '{"name":"A","email":"ada\\ud800@partners.example"}',
    });
    expect(response.statusCode, response.body).toBe(422);
    expect(response.json().errors).toEqual([
      {
        field: 'email',
        message: 'email must be well-formed Unicode (it holds a lone UTF-16 surrogate)',
      },
    ]);
  });

  it('never shows a stack trace', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/v1/campaigns',
      headers: { 'content-type': 'application/json' },
      payload: '{',
    });
    expect(response.body).not.toMatch(/at .*\.(js|ts):\d+/);
  });

  it('echoes a sane X-Request-Id and replaces an unsafe one', async () => {
    const kept = await t.request({
      method: 'GET',
      url: '/v1/health',
      headers: { 'x-request-id': 'req-123.abc' },
    });
    expect(kept.headers['x-request-id']).toBe('req-123.abc');
    const replaced = await t.request({
      method: 'GET',
      url: '/v1/health',
      headers: { 'x-request-id': 'bad id\nwith newline' },
    });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const problem = await t.request({
      method: 'GET',
      url: '/nowhere',
      headers: { 'x-request-id': 'trace-9' },
    });
    expect(problem.json().requestId).toBe('trace-9');
  });
});
