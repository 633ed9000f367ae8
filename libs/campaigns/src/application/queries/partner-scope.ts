import type { CallerScope } from '@app/platform';

/**
 * May this caller read the partner record (an affiliate or an advertiser) with this id?
 * Admins read all; a partner key reads only its own record, and any other id is answered
 * exactly like an unknown one, so a key cannot learn which ids exist.
 */
export function mayReadPartner(
  caller: CallerScope,
  kind: 'affiliate' | 'advertiser',
  id: string,
): boolean {
  if (caller.role === 'admin') return true;
  if (caller.role === 'affiliate') return kind === 'affiliate' && caller.affiliateId === id;
  return kind === 'advertiser' && caller.advertiserId === id;
}
