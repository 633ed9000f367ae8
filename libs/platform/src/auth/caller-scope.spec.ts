import { describe, expect, it } from 'vitest';
import type { ApiPrincipal } from './auth.decorators.js';
import { ADMIN_CALLER, callerScopeOf, withoutFields } from './caller-scope.js';

const principal = (overrides: Partial<ApiPrincipal>): ApiPrincipal => ({
  keyId: 'k1',
  name: 'key',
  role: 'admin',
  affiliateId: null,
  advertiserId: null,
  ...overrides,
});

describe("the caller's scope", () => {
  it('is everything for an admin key', () => {
    expect(callerScopeOf(principal({}))).toEqual(ADMIN_CALLER);
  });

  it("is the partner's own rows for a partner key", () => {
    expect(callerScopeOf(principal({ role: 'affiliate', affiliateId: 'a1' }))).toEqual({
      role: 'affiliate',
      affiliateId: 'a1',
    });
    expect(callerScopeOf(principal({ role: 'advertiser', advertiserId: 'v1' }))).toEqual({
      role: 'advertiser',
      advertiserId: 'v1',
    });
  });

  it('never widens a partner key that lost its partner into an admin', () => {
    expect(() => callerScopeOf(principal({ role: 'affiliate' }))).toThrow();
    expect(() => callerScopeOf(principal({ role: 'advertiser', affiliateId: 'a1' }))).toThrow();
  });

  it('hides fields by leaving them out, not by nulling them', () => {
    const view = { id: 'c1', revenue: 10, payout: 2 };
    const hidden = withoutFields(view, ['revenue']);
    expect(hidden).toEqual({ id: 'c1', payout: 2 });
    expect('revenue' in hidden).toBe(false);
    expect(view.revenue).toBe(10);
  });
});
