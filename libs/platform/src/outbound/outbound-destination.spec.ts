import { describe, expect, it } from 'vitest';
import { destinationRefusal, type HostLookup } from './outbound-destination.js';

/** A resolver that answers from a table and records what it was asked: no real DNS. */
const resolver = (table: Record<string, string[]>) => {
  const asked: string[] = [];
  const lookup: HostLookup = async (host) => {
    asked.push(host);
    if (!(host in table)) throw new Error(`getaddrinfo ENOTFOUND ${host}`);
    return table[host];
  };
  return { asked, lookup };
};

describe('destinationRefusal', () => {
  it('judges an IP literal as written, without asking DNS', async () => {
    const { asked, lookup } = resolver({});
    const cases: [string, RegExp][] = [
      ['http://127.0.0.1:8080/x', /^127\.0\.0\.1 is a loopback address$/],
      ['http://169.254.169.254/latest/meta-data', /^169\.254\.169\.254 is a link-local address$/],
      ['https://10.1.2.3/x', /^10\.1\.2\.3 is a private address$/],
      ['http://[::1]/x', /^::1 is a loopback address$/],
      ['http://[::ffff:127.0.0.1]/x', /IPv4-mapped/],
      ['http://0.0.0.0/x', /unspecified/],
      ['http://2130706433/x', /^127\.0\.0\.1 is a loopback address$/],
      ['http://100.64.0.1/x', /carrier-grade NAT/],
    ];
    for (const [url, reason] of cases) {
      expect(await destinationRefusal(url, [], lookup), url).toMatch(reason);
    }
    expect(await destinationRefusal('https://203.0.113.9/x', [], lookup)).toMatch(/reserved/);
    expect(await destinationRefusal('https://8.8.8.8/x', [], lookup)).toBeNull();
    expect(asked).toEqual([]);
  });

  it('judges a name by every address it resolves to', async () => {
    const { lookup } = resolver({
      'hooks.partner.example': ['93.184.215.14'],
      'split.example': ['93.184.215.14', '10.0.0.7'],
      'inside.example': ['fd00::5'],
    });
    expect(await destinationRefusal('https://hooks.partner.example/h', [], lookup)).toBeNull();
    expect(await destinationRefusal('https://split.example/h', [], lookup)).toBe(
      'split.example resolves to 10.0.0.7, a private address',
    );
    expect(await destinationRefusal('https://inside.example/h', [], lookup)).toBe(
      'inside.example resolves to fd00::5, a unique-local address',
    );
  });

  it('lets through what the allow-list names, by address or range of the same family', async () => {
    const { lookup } = resolver({ 'tracker.internal': ['10.1.4.4'] });
    const allowed = ['127.0.0.1', '10.1.0.0/16', 'fd00::/8'];
    expect(await destinationRefusal('http://127.0.0.1:9/x', allowed, lookup)).toBeNull();
    expect(await destinationRefusal('http://tracker.internal/x', allowed, lookup)).toBeNull();
    expect(await destinationRefusal('http://[fd00::1]/x', allowed, lookup)).toBeNull();
    expect(await destinationRefusal('http://127.0.0.2/x', allowed, lookup)).toMatch(/loopback/);
    expect(await destinationRefusal('http://169.254.169.254/x', allowed, lookup)).toMatch(
      /link-local/,
    );
  });

  it('leaves an unresolvable name or an unparsable URL to the checks made later', async () => {
    const { lookup } = resolver({});
    expect(await destinationRefusal('https://not-yet.example/h', [], lookup)).toBeNull();
    expect(await destinationRefusal('not a url', [], lookup)).toBeNull();
  });
});
