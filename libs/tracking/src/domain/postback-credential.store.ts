import type { PostbackCredential } from './postback-credential.js';

/** Where each advertiser's postback secret stands. An abstract class, so it doubles as the DI token. */
export abstract class PostbackCredentialStore {
  /** The advertiser's credential; the first version when its secret was never rotated. */
  abstract find(advertiserId: string): Promise<PostbackCredential>;
  /** Puts the next version in force as of `now`, atomically against concurrent rotations. */
  abstract rotate(advertiserId: string, now: Date): Promise<PostbackCredential>;
}
