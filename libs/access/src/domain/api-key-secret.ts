import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const KEY_PREFIX = 'ak_';

/** 256 random bits, URL-safe, recognisable by its `ak_` prefix in logs and secret scanners. */
export function generateApiKey(): string {
  return KEY_PREFIX + randomBytes(32).toString('base64url');
}

/**
 * Keys carry 256 bits of entropy, so a fast hash is enough to make a leaked table useless:
 * there is nothing to guess that a slow hash would protect.
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Compares two keys in constant time (by their hashes, which have equal length). */
export function sameKey(a: string, b: string): boolean {
  return timingSafeEqual(Buffer.from(hashApiKey(a), 'hex'), Buffer.from(hashApiKey(b), 'hex'));
}

/** The key's first characters, so a person can tell keys apart in a list. */
export function displayPrefix(key: string): string {
  return key.slice(0, 10);
}
