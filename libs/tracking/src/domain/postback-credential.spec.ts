import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  acceptedVersions,
  firstCredential,
  isAcceptedSecret,
  parsePostbackKeyId,
  parsePostbackToken,
  postbackSecret,
  postbackToken,
  previousVersionValidUntil,
} from './postback-credential.js';

const KEY = 'a-long-random-secret-key-of-the-deployment';
const ADV = '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b';
const OTHER = '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5c';
const DAY = 86_400_000;
const rotated = (version: number, at: string) => ({
  advertiserId: ADV,
  version,
  rotatedAt: new Date(at),
});

describe('postbackSecret', () => {
  it('is HMAC-SHA256 under SECRET_KEY of the purpose, the advertiser and the version', () => {
    const expected = createHmac('sha256', KEY).update(`postback:v2\n${ADV}\n1`).digest('base64url');
    expect(postbackSecret(KEY, ADV, 1)).toBe(expected);
  });

  it('differs per advertiser, per version and per deployment key', () => {
    const secrets = new Set([
      postbackSecret(KEY, ADV, 1),
      postbackSecret(KEY, ADV, 2),
      postbackSecret(KEY, OTHER, 1),
      postbackSecret(`${KEY}2`, ADV, 1),
    ]);
    expect(secrets.size).toBe(4);
  });

  it('refuses an empty deployment key', () => {
    expect(() => postbackSecret('', ADV, 1)).toThrow();
  });
});

describe('parsing what an advertiser presents', () => {
  it('splits a token into advertiser, version and secret', () => {
    expect(parsePostbackToken(postbackToken(KEY, ADV, 3))).toEqual({
      advertiserId: ADV,
      version: 3,
      secret: postbackSecret(KEY, ADV, 3),
    });
  });

  it.each([
    null,
    '',
    'just-a-secret',
    `${ADV}.1`,
    `${ADV}.0.${postbackSecret(KEY, ADV, 1)}`,
    `${ADV}.x.${postbackSecret(KEY, ADV, 1)}`,
    `not-an-id.1.${postbackSecret(KEY, ADV, 1)}`,
    `${ADV}.1.short`,
    `${ADV}.1.${postbackSecret(KEY, ADV, 1)}.extra`,
  ])('refuses %s', (token) => {
    expect(parsePostbackToken(token)).toBeNull();
  });

  it('reads a key id, and refuses one with a secret in it', () => {
    expect(parsePostbackKeyId(`${ADV}.2`)).toEqual({ advertiserId: ADV, version: 2 });
    expect(parsePostbackKeyId(postbackToken(KEY, ADV, 2))).toBeNull();
  });
});

describe('which versions are accepted', () => {
  it('is the first version alone while the secret was never rotated', () => {
    expect(acceptedVersions(firstCredential(ADV), new Date(), DAY)).toEqual([1]);
  });

  it('keeps the previous version for the grace period after a rotation, then drops it', () => {
    const credential = rotated(3, '2026-12-01T00:00:00Z');
    expect(acceptedVersions(credential, new Date('2026-12-01T23:59:59Z'), DAY)).toEqual([3, 2]);
    expect(acceptedVersions(credential, new Date('2026-12-02T00:00:00Z'), DAY)).toEqual([3]);
    expect(previousVersionValidUntil(credential, new Date('2026-12-01T12:00:00Z'), DAY)).toEqual(
      new Date('2026-12-02T00:00:00Z'),
    );
    expect(previousVersionValidUntil(credential, new Date('2026-12-03T00:00:00Z'), DAY)).toBeNull();
  });

  it('accepts the secret of an accepted version of that advertiser only', () => {
    const credential = rotated(2, '2026-12-01T00:00:00Z');
    const during = new Date('2026-12-01T01:00:00Z');
    const after = new Date('2026-12-03T00:00:00Z');
    const v1 = parsePostbackToken(postbackToken(KEY, ADV, 1))!;
    const v2 = parsePostbackToken(postbackToken(KEY, ADV, 2))!;
    const v3 = parsePostbackToken(postbackToken(KEY, ADV, 3))!;
    expect(isAcceptedSecret(KEY, credential, v2, after, DAY)).toBe(true);
    expect(isAcceptedSecret(KEY, credential, v1, during, DAY)).toBe(true);
    expect(isAcceptedSecret(KEY, credential, v1, after, DAY)).toBe(false);
    expect(isAcceptedSecret(KEY, credential, v3, during, DAY)).toBe(false);
    const forged = { ...v2, secret: postbackSecret('another-deployment', ADV, 2) };
    expect(isAcceptedSecret(KEY, credential, forged, during, DAY)).toBe(false);
    const otherAdvertiser = parsePostbackToken(postbackToken(KEY, OTHER, 2))!;
    expect(isAcceptedSecret(KEY, credential, otherAdvertiser, during, DAY)).toBe(false);
  });
});
