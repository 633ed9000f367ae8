import { describe, expect, it } from 'vitest';
import { displayPrefix, generateApiKey, hashApiKey, sameKey } from './api-key-secret.js';

describe('API key secrets', () => {
  it('are 256-bit random, prefixed and never equal', () => {
    const keys = new Set(Array.from({ length: 100 }, generateApiKey));
    expect(keys.size).toBe(100);
    for (const key of keys) expect(key).toMatch(/^ak_[A-Za-z0-9_-]{43}$/);
  });

  it('are stored as a SHA-256 hash that does not reveal them', () => {
    const key = generateApiKey();
    expect(hashApiKey(key)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiKey(key)).toBe(hashApiKey(key));
    expect(sameKey(key, key)).toBe(true);
    expect(sameKey(key, generateApiKey())).toBe(false);
  });

  it('are recognised in a list by their first ten characters, never the rest', () => {
    const key = generateApiKey();
    expect(displayPrefix(key)).toBe(key.slice(0, 10));
    expect(displayPrefix(key)).toMatch(/^ak_/);
  });
});
