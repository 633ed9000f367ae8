import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkPostbackSignature, postbackSignature } from './postback-signature.js';

const SECRET = 'q7c2Xh0vLwN3m9R1tYp5uE8kJd4sFa6bGz0iOeHn2Wc';
const PAYLOAD = 'click_id=AZNvnnscfTqfAAK2xsHQ2pKx&txid=ORDER-1&revenue=49.90';
const NOW = new Date('2026-12-07T12:00:00Z');
const at = (offsetSeconds: number) => String(NOW.getTime() / 1000 + offsetSeconds);

describe('postback signatures', () => {
  it('are v1= and the hex HMAC-SHA256 of "<timestamp>.<payload>" under the secret', () => {
    const hex = createHmac('sha256', SECRET).update(`1796558400.${PAYLOAD}`).digest('hex');
    expect(postbackSignature(SECRET, '1796558400', PAYLOAD)).toBe(`v1=${hex}`);
  });

  it('accept a fresh signature of the payload as sent', () => {
    const signature = postbackSignature(SECRET, at(-30), PAYLOAD);
    expect(checkPostbackSignature(SECRET, at(-30), PAYLOAD, signature, NOW)).toBe('valid');
  });

  it('refuse a changed payload, another timestamp, another secret or another scheme', () => {
    const signature = postbackSignature(SECRET, at(0), PAYLOAD);
    const check = (secret: string, timestamp: string, payload: string, given = signature) =>
      checkPostbackSignature(secret, timestamp, payload, given, NOW);
    expect(check(SECRET, at(0), PAYLOAD.replace('49.90', '4990'))).toBe('invalid');
    expect(check(SECRET, at(1), PAYLOAD)).toBe('invalid');
    expect(check(`${SECRET}x`, at(0), PAYLOAD)).toBe('invalid');
    expect(check(SECRET, at(0), PAYLOAD, signature.replace('v1=', 'v2='))).toBe('invalid');
    expect(check(SECRET, 'soon', PAYLOAD)).toBe('invalid');
  });

  it('call a correct signature older or further ahead than five minutes stale', () => {
    for (const offset of [-301, 301]) {
      const signature = postbackSignature(SECRET, at(offset), PAYLOAD);
      expect(checkPostbackSignature(SECRET, at(offset), PAYLOAD, signature, NOW)).toBe('stale');
    }
    const edge = postbackSignature(SECRET, at(-300), PAYLOAD);
    expect(checkPostbackSignature(SECRET, at(-300), PAYLOAD, edge, NOW)).toBe('valid');
  });
});
