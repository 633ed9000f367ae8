import { createHmac, timingSafeEqual } from 'node:crypto';

/** Versioned, so that a new token scheme can be introduced beside this one, not over it. */
const PURPOSE = 'postback:v1';

/**
 * The token advertisers put on server-to-server postbacks. Derived from SECRET_KEY rather
 * than stored, so there is nothing extra to keep secret; bound to its purpose, so it is useless
 * anywhere else SECRET_KEY is used. Changing SECRET_KEY changes the token.
 */
export function postbackToken(secretKey: string): string {
  if (typeof secretKey !== 'string' || secretKey === '') {
    throw new Error('A postback token needs a non-empty secret key.');
  }
  return createHmac('sha256', secretKey).update(PURPOSE).digest('base64url');
}

/**
 * Whether `candidate` is the postback token, compared in constant time so that response times
 * do not reveal how much of a guess was right. The token's length is public, so a wrong length
 * may be refused at once.
 */
export function isPostbackToken(secretKey: string, candidate: string | null | undefined): boolean {
  if (typeof candidate !== 'string') return false;
  const expected = Buffer.from(postbackToken(secretKey), 'utf8');
  const given = Buffer.from(candidate, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
