import { describe, expect, it } from 'vitest';
import { signatureHeader, verifySignature, webhookSecret } from './webhook-signature.js';

describe('webhook signature', () => {
  const secret = webhookSecret('a-secret-key-of-at-least-32-characters', 'campaign-1');
  const now = new Date('2026-11-26T09:00:00Z');

  it('verifies a body signed with the campaign secret', () => {
    const header = signatureHeader(secret, '{"a":1}', now);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifySignature(secret, '{"a":1}', header, now)).toBe(true);
  });

  it('refuses a changed body, another secret and an old timestamp', () => {
    const header = signatureHeader(secret, '{"a":1}', now);
    expect(verifySignature(secret, '{"a":2}', header, now)).toBe(false);
    expect(
      verifySignature(
        webhookSecret('a-secret-key-of-at-least-32-characters', 'campaign-2'),
        '{"a":1}',
        header,
        now,
      ),
    ).toBe(false);
    expect(verifySignature(secret, '{"a":1}', header, new Date(now.getTime() + 600_000))).toBe(
      false,
    );
  });
});
