/**
 * What a caller may do. `admin` runs the network; `affiliate` and `advertiser` keys belong to one
 * partner and see only that partner's rows. Here, not in the access context, because both sides
 * of authentication name them: access stores and checks them, and the platform's guard and
 * decorators (which every context's routes use) compare them, and the platform imports no context.
 */
export const API_KEY_ROLES = ['admin', 'affiliate', 'advertiser'] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

/** The roles an operation may open itself to; admin is always let in. */
export type PartnerRole = Exclude<ApiKeyRole, 'admin'>;
