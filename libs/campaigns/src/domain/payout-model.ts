/** How the network pays affiliates for a campaign: per action, lead, sale, click, or a share. */
export const PAYOUT_MODELS = ['CPA', 'CPL', 'CPS', 'CPC', 'REVSHARE'] as const;
export type PayoutModel = (typeof PAYOUT_MODELS)[number];
