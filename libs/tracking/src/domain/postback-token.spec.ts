import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isPostbackToken, postbackToken } from './postback-token.js';

const SECRET = 'a-long-random-secret-key-of-the-deployment';

describe('postbackToken', () => {
  it('is HMAC-SHA256 of "postback:v1" under the secret key, base64url', () => {
    const expected = createHmac('sha256', SECRET).update('postback:v1').digest('base64url');
    expect(postbackToken(SECRET)).toBe(expected);
    expect(postbackToken(SECRET)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('is stable for one key and changes with the key', () => {
    expect(postbackToken(SECRET)).toBe(postbackToken(SECRET));
    expect(postbackToken(`${SECRET}2`)).not.toBe(postbackToken(SECRET));
  });

  it('refuses to derive a token from an empty key', () => {
    expect(() => postbackToken('')).toThrow();
  });
});

describe('isPostbackToken', () => {
  const token = postbackToken(SECRET);

  it('accepts the token of the key', () => {
    expect(isPostbackToken(SECRET, token)).toBe(true);
  });

  it("refuses another key's token, and a token one character off", () => {
    expect(isPostbackToken(SECRET, postbackToken('another-secret'))).toBe(false);
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    expect(isPostbackToken(SECRET, `${token.slice(0, -1)}${last}`)).toBe(false);
  });

  it('refuses tokens of the wrong length without throwing', () => {
    for (const candidate of ['', token.slice(1), `${token}A`, `${token} `, 'x']) {
      expect(isPostbackToken(SECRET, candidate), candidate).toBe(false);
    }
  });

  it('refuses a token whose characters take more bytes, without throwing', () => {
    expect(isPostbackToken(SECRET, `${token.slice(0, -1)}é`)).toBe(false);
    expect(isPostbackToken(SECRET, 'é'.repeat(token.length))).toBe(false);
  });

  it('refuses a missing token', () => {
    expect(isPostbackToken(SECRET, null)).toBe(false);
    expect(isPostbackToken(SECRET, undefined)).toBe(false);
  });
});
