import { describe, expect, it } from 'vitest';
import { erasedDestination } from './erased-destination.js';

describe('erasedDestination', () => {
  it('keeps the site and drops the path and query the macros filled', () => {
    expect(
      erasedDestination('https://offers.example.com:8443/lp/cust-42?s1=cust-42&e=a%40b.example#x'),
    ).toBe('https://offers.example.com:8443/');
  });

  it('keeps nothing of a URL it cannot read as one with a site', () => {
    expect(erasedDestination('not a url cust-42')).toBe('');
    expect(erasedDestination('data:text/plain,cust-42')).toBe('');
  });
});
