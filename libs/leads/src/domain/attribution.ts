/**
 * Which tracked click a lead followed. `unknown_click`: a click_id came that names no stored
 * click; the lead is kept without campaign or affiliate rather than lost.
 */
export type AttributionStatus = 'tracked' | 'unknown_click' | 'none';

export interface Attribution {
  status: AttributionStatus;
  clickId: string | null;
  campaignId: string | null;
  affiliateId: string | null;
}

export const NO_ATTRIBUTION: Attribution = {
  status: 'none',
  clickId: null,
  campaignId: null,
  affiliateId: null,
};
