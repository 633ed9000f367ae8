import { describe, expect, it } from 'vitest';
import { ADMIN_CALLER } from '@app/platform';
import { mayReadPartner } from './partner-scope.js';

describe('who may read a partner record', () => {
  it('lets admins read every affiliate and advertiser', () => {
    expect(mayReadPartner(ADMIN_CALLER, 'affiliate', 'a1')).toBe(true);
    expect(mayReadPartner(ADMIN_CALLER, 'advertiser', 'v1')).toBe(true);
  });

  it('lets an affiliate key read its own affiliate only', () => {
    const caller = { role: 'affiliate', affiliateId: 'a1' } as const;
    expect(mayReadPartner(caller, 'affiliate', 'a1')).toBe(true);
    expect(mayReadPartner(caller, 'affiliate', 'a2')).toBe(false);
    expect(mayReadPartner(caller, 'advertiser', 'a1')).toBe(false);
  });

  it('lets an advertiser key read its own advertiser only', () => {
    const caller = { role: 'advertiser', advertiserId: 'v1' } as const;
    expect(mayReadPartner(caller, 'advertiser', 'v1')).toBe(true);
    expect(mayReadPartner(caller, 'advertiser', 'v2')).toBe(false);
    expect(mayReadPartner(caller, 'affiliate', 'v1')).toBe(false);
  });
});
