import type { ClickDecision } from './click-decision.js';
import type { TrackedCampaign } from './tracked-campaign.js';
import { fillUrlMacros } from './url-macros.js';

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
  // Campaigns refuse macros in the host; filling only after the origin holds even if one slipped in.
  return fillUrlMacros(campaign.offerUrl, {
    click_id: values.clickId,
    campaign_id: values.campaignId,
    affiliate_id: values.affiliateId,
    sub1: values.sub1,
    sub2: values.sub2,
    sub3: values.sub3,
    sub4: values.sub4,
    sub5: values.sub5,
  });
}
