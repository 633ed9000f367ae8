import { createHmac, timingSafeEqual } from 'node:crypto';

/** Versioned, so that a new scheme can be introduced beside this one, not over it. */
const PURPOSE = 'postback:v2';
const SECRET_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const ID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Where an advertiser's postback secret stands: the version in force, and when it was last
 * rotated (null while the first version is in force). The secret itself is never stored.
 */
export interface PostbackCredential {
  advertiserId: string;
  version: number;
  rotatedAt: Date | null;
}

/** A token or signing key as the advertiser sends it, split into its parts. */
export interface PresentedCredential {
  advertiserId: string;
  version: number;
  secret: string;
}

export const firstCredential = (advertiserId: string): PostbackCredential => ({
  advertiserId,
  version: 1,
  rotatedAt: null,
});

/**
 * An advertiser's postback secret of one version: derived from SECRET_KEY, the advertiser and
 * the version, so a database dump reveals none, rotation only counts the version up, and every
 * replica derives the same one. Changing SECRET_KEY changes every advertiser's secret.
 */
export function postbackSecret(secretKey: string, advertiserId: string, version: number): string {
  if (typeof secretKey !== 'string' || secretKey === '') {
    throw new Error('A postback secret needs a non-empty secret key.');
  }
  return createHmac('sha256', secretKey)
    .update(`${PURPOSE}\n${advertiserId}\n${version}`)
    .digest('base64url');
}

/** The public half of a credential: who and which version, with no secret in it. */
export const postbackKeyId = (advertiserId: string, version: number) =>
  `${advertiserId}.${version}`;

/** The token a postback URL carries: the key id and the secret, `<advertiser>.<version>.<secret>`. */
export const postbackToken = (secretKey: string, advertiserId: string, version: number) =>
  `${postbackKeyId(advertiserId, version)}.${postbackSecret(secretKey, advertiserId, version)}`;

/** Splits a key id (`<advertiser>.<version>`); null for anything of another shape. */
export function parsePostbackKeyId(
  keyId: string | null | undefined,
): Omit<PresentedCredential, 'secret'> | null {
  if (typeof keyId !== 'string' || keyId.length > 64) return null;
  const [advertiserId, versionText, ...rest] = keyId.split('.');
  if (
    rest.length > 0 ||
    !ID_SHAPE.test(advertiserId ?? '') ||
    !/^[1-9]\d{0,8}$/.test(versionText ?? '')
  )
    return null;
  return { advertiserId: advertiserId.toLowerCase(), version: Number(versionText) };
}

/** Splits a token; null for anything of another shape. */
export function parsePostbackToken(token: string | null | undefined): PresentedCredential | null {
  if (typeof token !== 'string' || token.length > 120) return null;
  const cut = token.lastIndexOf('.');
  if (cut <= 0) return null;
  const key = parsePostbackKeyId(token.slice(0, cut));
  const secret = token.slice(cut + 1);
  return key && SECRET_SHAPE.test(secret) ? { ...key, secret } : null;
}

/**
 * The versions an advertiser's postbacks may use at `now`: the one in force and, for `graceMs`
 * after a rotation, the one before it, so live integrations keep working while they move over.
 */
export function acceptedVersions(
  credential: PostbackCredential,
  now: Date,
  graceMs: number,
): number[] {
  const { version, rotatedAt } = credential;
  const inGrace = rotatedAt !== null && now.getTime() < rotatedAt.getTime() + graceMs;
  return inGrace && version > 1 ? [version, version - 1] : [version];
}

/** When the version before the one in force stops being accepted; null when it already has. */
export function previousVersionValidUntil(
  credential: PostbackCredential,
  now: Date,
  graceMs: number,
): Date | null {
  if (acceptedVersions(credential, now, graceMs).length < 2) return null;
  return new Date(credential.rotatedAt!.getTime() + graceMs);
}

/**
 * Whether `presented` is a secret the advertiser may use now. Compared in constant time, so
 * response times do not reveal how much of a guess was right.
 */
export function isAcceptedSecret(
  secretKey: string,
  credential: PostbackCredential,
  presented: PresentedCredential,
  now: Date,
  graceMs: number,
): boolean {
  if (presented.advertiserId !== credential.advertiserId) return false;
  if (!acceptedVersions(credential, now, graceMs).includes(presented.version)) return false;
  const expected = Buffer.from(
    postbackSecret(secretKey, credential.advertiserId, presented.version),
  );
  const given = Buffer.from(presented.secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
