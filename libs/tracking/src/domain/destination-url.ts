import type { ClickDecision } from './click-decision.js';
import type { TrackedCampaign } from './tracked-campaign.js';

export interface DestinationValues {
  clickId: string;
  campaignId: string;
  affiliateId?: string | null;
  sub1?: string | null;
  sub2?: string | null;
  sub3?: string | null;
  sub4?: string | null;
  sub5?: string | null;
}

const MACRO = /\{(click_id|campaign_id|affiliate_id|sub[1-5])\}/g;
/** The scheme and authority: up to the first /, ? or # after `//`. */
const ORIGIN = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i;
/** A UTF-16 half of a pair standing alone, on which encodeURIComponent would throw. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The Location of the 302: only ever a URL configured on the campaign (or the default safe
 * page), never one taken from the click, so the tracker is no open redirect. Click values go
 * into the offer URL's macros URL-encoded, and only after its scheme and authority, so no value
 * can change where the visitor lands.
 */
export function destinationUrl(
  campaign: TrackedCampaign,
  decision: Pick<ClickDecision, 'destination'>,
  values: DestinationValues,
  defaultSafePageUrl: string,
): string {
  if (decision.destination === 'safe_page') return campaign.safePageUrl ?? defaultSafePageUrl;
  const macros: Record<string, string | null | undefined> = {
    click_id: values.clickId,
    campaign_id: values.campaignId,
    affiliate_id: values.affiliateId,
    sub1: values.sub1,
    sub2: values.sub2,
    sub3: values.sub3,
    sub4: values.sub4,
    sub5: values.sub5,
  };
  // Campaigns refuse macros in the host; leaving the origin untouched holds even if one slipped in.
  const origin = ORIGIN.exec(campaign.offerUrl)?.[0] ?? '';
  const rest = campaign.offerUrl
    .slice(origin.length)
    .replace(MACRO, (_match, name: string) => encodeValue(macros[name]));
  return origin + rest;
}

function encodeValue(value: string | null | undefined): string {
  if (typeof value !== 'string') return '';
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\ufffd'));
}
