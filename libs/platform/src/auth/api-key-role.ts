/**
 * What a key may do. `admin` runs the network; `affiliate` and `advertiser` keys belong to one
 * partner and see only that partner's rows.
 */
export const API_KEY_ROLES = ['admin', 'affiliate', 'advertiser'] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

/** The roles an operation may open itself to; admin is always let in. */
export type PartnerRole = Exclude<ApiKeyRole, 'admin'>;
