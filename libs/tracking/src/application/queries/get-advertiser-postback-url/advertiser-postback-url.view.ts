/** An advertiser's postback credentials as the advertiser configures them in its systems. */
export interface AdvertiserPostbackUrlView {
  advertiserId: string;
  /** The URL template to call for each conversion; its token is the advertiser's own. */
  url: string;
  token: string;
  /** For signed postbacks: the X-Postback-Key, and the secret to sign with (never sent). */
  keyId: string;
  signingSecret: string;
  version: number;
  /** Until when the secret before this one still works; null when it no longer does. */
  previousSecretValidUntil: string | null;
}
