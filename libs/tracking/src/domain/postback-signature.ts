import { createHmac, timingSafeEqual } from 'node:crypto';

/** A signed postback older (or further in the future) than this is refused as a replay. */
export const SIGNATURE_TOLERANCE_MS = 5 * 60_000;
const SCHEME = 'v1=';

/**
 * The signature of a postback: HMAC-SHA256 under the advertiser's postback secret of
 * `<unix seconds>.<payload>`, where the payload is the raw query string of a GET (without `?`)
 * or the raw body of a POST, as sent. Binding the timestamp makes a captured request useless
 * after a few minutes; the secret itself never travels.
 */
export function postbackSignature(secret: string, timestamp: string, payload: string): string {
  return `${SCHEME}${createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex')}`;
}

export type SignatureCheck = 'valid' | 'invalid' | 'stale';

/** Whether `signature` signs `payload` at `timestamp` with `secret`, and is fresh at `now`. */
export function checkPostbackSignature(
  secret: string,
  timestamp: string,
  payload: string,
  signature: string,
  now: Date,
): SignatureCheck {
  if (!/^\d{1,12}$/.test(timestamp)) return 'invalid';
  const expected = Buffer.from(postbackSignature(secret, timestamp, payload));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  const age = Math.abs(now.getTime() - Number(timestamp) * 1000);
  return age <= SIGNATURE_TOLERANCE_MS ? 'valid' : 'stale';
}
