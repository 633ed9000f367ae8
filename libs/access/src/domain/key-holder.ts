import { type ApiKeyRole, ValidationCollector } from '@app/kernel';

export const INVALID_API_KEY = 'AUTH.INVALID_API_KEY';

/** Who a new key is for, as asked. */
export interface KeyHolderInput {
  role: ApiKeyRole;
  affiliateId?: string | null;
  advertiserId?: string | null;
}

/** Who a key is for, checked: a partner key names exactly its own partner, an admin key none. */
export interface KeyHolder {
  role: ApiKeyRole;
  affiliateId: string | null;
  advertiserId: string | null;
}

/**
 * An affiliate key without an affiliate (or with an advertiser too) would be a key whose rows
 * nobody can tell: refuse it, naming every field that is wrong.
 */
export function keyHolder(input: KeyHolderInput): KeyHolder {
  const checks = new ValidationCollector();
  const { role } = input;
  const affiliateId = input.affiliateId ?? null;
  const advertiserId = input.advertiserId ?? null;
  if (role === 'affiliate' && !affiliateId) {
    checks.add('affiliateId', 'An affiliate key needs the affiliateId it belongs to.');
  }
  if (role === 'advertiser' && !advertiserId) {
    checks.add('advertiserId', 'An advertiser key needs the advertiserId it belongs to.');
  }
  if (role !== 'affiliate' && affiliateId) {
    checks.add('affiliateId', `Only an affiliate key names an affiliate, not an ${role} key.`);
  }
  if (role !== 'advertiser' && advertiserId) {
    checks.add('advertiserId', `Only an advertiser key names an advertiser, not an ${role} key.`);
  }
  checks.throwIfAny(INVALID_API_KEY, 'The API key request is invalid.');
  return { role, affiliateId, advertiserId };
}

/**
 * Whether a stored key still names exactly the partner its role needs. A partner key that lost
 * its partner (a hand-edited row) must not pass as anyone.
 */
export function isBoundAsItsRoleNeeds(holder: KeyHolder): boolean {
  if (holder.role === 'affiliate') return !!holder.affiliateId && !holder.advertiserId;
  if (holder.role === 'advertiser') return !!holder.advertiserId && !holder.affiliateId;
  return holder.role === 'admin';
}
