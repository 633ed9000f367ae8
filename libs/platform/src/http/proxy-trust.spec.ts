import { describe, expect, it } from 'vitest';
import { proxyTrust } from './proxy-trust.js';

describe('proxyTrust', () => {
  it('trusts nothing without TRUST_PROXY', () => {
    expect(proxyTrust({ kind: 'none' })).toBe(false);
  });

  it('trusts the first hops of the chain, as long as each is an address', () => {
    const trust = proxyTrust({ kind: 'hops', hops: 2 });
    if (!trust) throw new Error('expected a trust function');
    expect([trust('10.0.0.1', 0), trust('10.0.0.2', 1), trust('10.0.0.3', 2)]).toEqual([
      true,
      true,
      false,
    ]);
    expect(trust('junk', 1)).toBe(false);
    expect(trust('10.1', 1)).toBe(false);
  });

  it('trusts the hops from listed proxies only, IPv4-mapped ones included', () => {
    const trust = proxyTrust({ kind: 'proxies', proxies: ['10.0.0.0/8', 'fd00::/8'] });
    if (!trust) throw new Error('expected a trust function');
    expect(trust('10.9.8.7', 0)).toBe(true);
    expect(trust('::ffff:10.9.8.7', 0)).toBe(true);
    expect(trust('fd12::1', 3)).toBe(true);
    expect(trust('81.2.69.142', 0)).toBe(false);
    expect(trust('167772161', 0)).toBe(false);
  });
});
