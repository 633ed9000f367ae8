import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GuardedHttpClient } from './guarded-http-client.js';

describe('GuardedHttpClient', () => {
  let server: Server;
  let port: number;
  const paths: string[] = [];
  const bodies: { method?: string; signature?: string | string[]; body: string }[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      paths.push(request.url ?? '');
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () =>
        bodies.push({
          method: request.method,
          signature: request.headers['x-signature'],
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      if (request.url?.startsWith('/status/')) response.statusCode = Number(request.url.slice(8));
      if (request.url === '/redirect') {
        response.statusCode = 302;
        response.setHeader('location', `http://127.0.0.1:${port}/followed`);
      }
      if (request.url === '/slow') return; // never answers
      response.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const allowed = () => new GuardedHttpClient(['127.0.0.1'], 2_000);

  it('refuses loopback, private and metadata addresses, by IP or by a name resolving there', async () => {
    const client = new GuardedHttpClient([], 2_000);
    const before = paths.length;
    for (const url of [
      `http://127.0.0.1:${port}/x`,
      `http://localhost:${port}/x`,
      'http://10.1.2.3/x',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]/x',
      'http://0.0.0.0/x',
    ]) {
      const outcome = await client.get(url);
      expect(outcome.status, url).toBeNull();
      expect(outcome.error, url).toMatch(/^destination not allowed: .*is not allowed/);
    }
    expect(paths.length).toBe(before);
    client.close();
  });

  it('calls an address it was told to allow, and takes a 2xx as success', async () => {
    const client = allowed();
    expect(await client.get(`http://127.0.0.1:${port}/pb?a=1`)).toEqual({
      status: 200,
      error: null,
    });
    expect(paths.at(-1)).toBe('/pb?a=1');
    client.close();
  });

  it('fails on any other answer, a redirect included (it is not followed)', async () => {
    const client = allowed();
    expect(await client.get(`http://127.0.0.1:${port}/status/503`)).toEqual({
      status: 503,
      error: 'HTTP 503',
    });
    const before = paths.length;
    expect(await client.get(`http://127.0.0.1:${port}/redirect`)).toEqual({
      status: 302,
      error: 'HTTP 302',
    });
    expect(paths.slice(before)).toEqual(['/redirect']);
    client.close();
  });

  it('posts a body with its headers, and follows no redirect of a post either', async () => {
    const client = allowed();
    const sent = { method: 'POST' as const, headers: { 'x-signature': 's1' }, body: '{"a":1}' };
    expect(await client.send({ ...sent, url: `http://127.0.0.1:${port}/hook` })).toEqual({
      status: 200,
      error: null,
    });
    await vi.waitFor(() =>
      expect(bodies.at(-1)).toEqual({ method: 'POST', signature: 's1', body: '{"a":1}' }),
    );
    const before = paths.length;
    expect(await client.send({ ...sent, url: `http://127.0.0.1:${port}/redirect` })).toEqual({
      status: 302,
      error: 'HTTP 302',
    });
    expect(paths.slice(before)).toEqual(['/redirect']);
    client.close();
  });

  it('words a failed connection apart from a refused destination', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const client = allowed();
    expect(await client.get(`http://127.0.0.1:${closedPort}/x`)).toEqual({
      status: null,
      error: `could not connect: connect ECONNREFUSED 127.0.0.1:${closedPort}`,
    });
    client.close();
  });

  it('gives up on a URL that does not answer in time', async () => {
    const client = new GuardedHttpClient(['127.0.0.1'], 200);
    expect(await client.get(`http://127.0.0.1:${port}/slow`)).toEqual({
      status: null,
      error: 'no answer within 0.2 s',
    });
    client.close();
  });
});
