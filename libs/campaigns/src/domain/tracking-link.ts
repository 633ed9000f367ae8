/** The link an affiliate shares: every click on it passes through tracking. */
export function trackingLink(baseUrl: string, campaignId: string, affiliateId: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  const query = new URLSearchParams({ campaign_id: campaignId, affiliate_id: affiliateId });
  return `${base}/v1/click?${query.toString()}`;
}
