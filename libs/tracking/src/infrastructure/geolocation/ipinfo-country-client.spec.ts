import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostedLookupError, IpinfoCountryClient } from './ipinfo-country-client.js';

/** A local stand-in for ipinfo.io: answers by address, and remembers what it was asked. */
const requests: IncomingMessage[] = [];
const answers: Record<string, [number, string]> = {
  '/8.8.8.8/country': [200, 'US\n'],
  '/81.2.69.142/country': [200, 'gb'],
  '/10.0.0.1/country': [200, 'undefined\n'],
  '/1.1.1.1/country': [429, 'Rate limit exceeded'],
  '/192.0.2.1/country': [404, 'Not found'],
};
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request);
    const [status, body] = answers[request.url ?? ''] ?? [500, 'unexpected'];
    response.writeHead(status, { 'content-type': 'text/plain' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('IpinfoCountryClient', () => {
  const client = () => new IpinfoCountryClient(baseUrl, 'secret-token');

  it('reads the country code, sending the token as a bearer credential', async () => {
    expect(await client().countryOf('8.8.8.8')).toBe('US');
    const request = requests.at(-1)!;
    expect(request.headers.authorization).toBe('Bearer secret-token');
    expect(request.url).not.toContain('secret-token');
  });

  it('accepts a lower-case code', async () => {
    expect(await client().countryOf('81.2.69.142')).toBe('GB');
  });

  it('takes an answer that is no country code (a bogon notice) or a 404 as "no country"', async () => {
    expect(await client().countryOf('10.0.0.1')).toBeNull();
    expect(await client().countryOf('192.0.2.1')).toBeNull();
  });

  it('fails with the status and message when the service refuses', async () => {
    await expect(client().countryOf('1.1.1.1')).rejects.toThrow(HostedLookupError);
    await expect(client().countryOf('1.1.1.1')).rejects.toThrow(/429: Rate limit exceeded/);
  });

  it('fails when the service does not answer in time', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    try {
      await expect(new IpinfoCountryClient(url, 'k', 100).countryOf('8.8.8.8')).rejects.toThrow(
        /did not answer/,
      );
    } finally {
      silent.closeAllConnections();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
