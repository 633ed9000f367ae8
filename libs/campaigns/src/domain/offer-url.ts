import { invalidCampaignField } from './campaigns.errors.js';

/** The placeholders an offer URL may contain, filled per click by tracking. */
export const OFFER_URL_MACROS = [
  'click_id',
  'campaign_id',
  'affiliate_id',
  'sub1',
  'sub2',
  'sub3',
  'sub4',
  'sub5',
] as const;
export type OfferUrlMacro = (typeof OFFER_URL_MACROS)[number];

/**
 * The placeholders an affiliate's postback URL may contain, filled per conversion by tracking:
 * the affiliate's own click values and what it earned (never the advertiser's revenue).
 */
export const POSTBACK_URL_MACROS = [
  ...OFFER_URL_MACROS,
  'conversion_id',
  'txid',
  'payout',
  'currency',
  'status',
] as const;

const MACRO = /\{([^{}]*)\}/g;
const MAX_URL_LENGTH = 2048;
/** The scheme and authority, up to the first /, ? or #. */
const AUTHORITY = /^https?:\/\/([^/?#]*)/i;

/**
 * Checks that `value` is an absolute http(s) URL whose only placeholders are among `macros`
 * (none for a plain URL). The text is kept as written: parsing it would percent-encode the
 * braces of the macros.
 */
export function parseHttpUrl(value: string, field: string, macros: readonly string[] = []): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length === 0 || text.length > MAX_URL_LENGTH) {
    throw invalidCampaignField(
      field,
      `${field} must be a URL of 1 to ${MAX_URL_LENGTH} characters.`,
    );
  }
  const unknown = [...text.matchAll(MACRO)]
    .map((match) => match[1])
    .filter((name) => !macros.includes(name));
  if (unknown.length > 0) {
    const known =
      macros.length > 0 ? `; known macros: ${macros.map((m) => `{${m}}`).join(', ')}` : '';
    throw invalidCampaignField(
      field,
      `${field} contains unknown macro(s) ${unknown.map((m) => `{${m}}`).join(', ')}${known}.`,
    );
  }
  // A macro in the host would let a click parameter choose where the visitor goes.
  const authority = AUTHORITY.exec(text)?.[1];
  if (authority === undefined) {
    throw invalidCampaignField(
      field,
      `${field} must be an absolute URL such as https://example.com/offer.`,
    );
  }
  if (/[{}]/.test(authority)) {
    throw invalidCampaignField(
      field,
      `${field} may use macros only in its path, query or fragment, not in its host.`,
    );
  }
  let url: URL;
  try {
    url = new URL(text.replace(MACRO, 'x'));
  } catch {
    throw invalidCampaignField(
      field,
      `${field} must be an absolute URL such as https://example.com/offer.`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw invalidCampaignField(field, `${field} must use http or https.`);
  }
  if (url.username || url.password) {
    throw invalidCampaignField(field, `${field} must not contain credentials.`);
  }
  return text;
}
