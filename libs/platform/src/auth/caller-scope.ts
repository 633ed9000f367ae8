import type { ApiPrincipal } from './auth.decorators.js';

/**
 * Whose rows a read may return. Controllers take it from the request (`@Caller()`) and pass it
 * into the query, so each query handler scopes its rows in one place instead of every caller
 * checking roles.
 */
export type CallerScope =
  | { readonly role: 'admin' }
  | { readonly role: 'affiliate'; readonly affiliateId: string }
  | { readonly role: 'advertiser'; readonly advertiserId: string };

/** Everything: for admins and for internal callers (jobs, other contexts). */
export const ADMIN_CALLER: CallerScope = { role: 'admin' };

export function callerScopeOf(principal: ApiPrincipal): CallerScope {
  if (principal.role === 'affiliate' && principal.affiliateId) {
    return { role: 'affiliate', affiliateId: principal.affiliateId };
  }
  if (principal.role === 'advertiser' && principal.advertiserId) {
    return { role: 'advertiser', advertiserId: principal.advertiserId };
  }
  if (principal.role === 'admin') return ADMIN_CALLER;
  // A partner key without its partner cannot exist (the table refuses it); never widen it.
  throw new Error(`API key ${principal.keyId ?? '(environment)'} has no partner for its role.`);
}

/**
 * The view without the fields this caller may not see. Absent, not null: a client cannot
 * mistake a hidden figure for a zero or an unknown one.
 */
export function withoutFields<T extends object>(view: T, hidden: readonly (keyof T)[]): T {
  if (hidden.length === 0) return view;
  const copy = { ...view };
  for (const field of hidden) delete copy[field];
  return copy;
}
