import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-retention-signature';

/**
 * Each campaign signs with its own secret, derived from SECRET_KEY so nothing extra is stored
 * and a leaked campaign secret exposes neither SECRET_KEY nor other campaigns.
 */
export function webhookSecret(secretKey: string, campaignId: string): string {
  return createHmac('sha256', secretKey)
    .update(`retention-webhook:${campaignId}`)
    .digest('base64url');
}

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`: the timestamp is signed with the
 * body, so a receiver can refuse replays older than a few minutes (the Stripe scheme).
 */
export function signatureHeader(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${hmac(secret, `${t}.${body}`)}`;
}

export function verifySignature(
  secret: string,
  body: string,
  header: string,
  now: Date,
  toleranceSeconds = 300,
): boolean {
  const parts = Object.fromEntries(
    header.split(',').map((part) => part.split('=', 2) as [string, string]),
  );
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1) return false;
  if (Math.abs(now.getTime() / 1000 - t) > toleranceSeconds) return false;
  const expected = Buffer.from(hmac(secret, `${t}.${body}`), 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

const hmac = (secret: string, text: string) =>
  createHmac('sha256', secret).update(text).digest('hex');
