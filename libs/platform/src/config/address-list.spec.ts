import { describe, expect, it } from 'vitest';
import { parseAddressList } from './address-list.js';

describe('parseAddressList', () => {
  it('reads IPv4 and IPv6 addresses and ranges, trimmed', () => {
    expect(parseAddressList('X', ' 127.0.0.1, 10.0.0.0/8,::1 , fd00::/8')).toEqual({
      addresses: ['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8'],
      problems: [],
    });
  });

  it('is empty when absent or blank', () => {
    expect(parseAddressList('X', undefined)).toEqual({ addresses: [], problems: [] });
    expect(parseAddressList('X', ' , ')).toEqual({ addresses: [], problems: [] });
  });

  it('names each entry that is neither an address nor a range', () => {
    const parsed = parseAddressList('ALLOWED', 'localhost,10.0.0.0/33,10.0.0.1');
    expect(parsed.addresses).toEqual(['10.0.0.1']);
    expect(parsed.problems).toEqual([
      'ALLOWED: "localhost" is not an IP address or a CIDR range such as 10.0.0.0/8',
      'ALLOWED: "10.0.0.0/33" is not an IP address or a CIDR range such as 10.0.0.0/8',
    ]);
  });
});
