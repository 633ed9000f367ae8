import { describe, expect, it } from 'vitest';
import { ADMIN_CALLER } from '@app/platform';
import { rowInScope, rowScopeOf } from './row-scope.js';
import { hiddenConversionFields, hiddenMoneyFields } from './visible-fields.js';

const AFFILIATE = { role: 'affiliate', affiliateId: 'aff-1' } as const;
const ADVERTISER = { role: 'advertiser', advertiserId: 'adv-1' } as const;
const row = (campaignId: string, affiliateId: string | null) => ({ campaignId, affiliateId });

describe('which tracking rows a caller reads', () => {
  it('gives an admin every row', () => {
    const scope = rowScopeOf(ADMIN_CALLER, []);
    expect(rowInScope(scope, row('c1', null))).toBe(true);
    expect(rowInScope(scope, row('c2', 'aff-2'))).toBe(true);
  });

  it('gives an affiliate its own traffic only, whatever the campaign', () => {
    const scope = rowScopeOf(AFFILIATE, ['c1']);
    expect(rowInScope(scope, row('c1', 'aff-1'))).toBe(true);
    expect(rowInScope(scope, row('c9', 'aff-1'))).toBe(true);
    expect(rowInScope(scope, row('c1', 'aff-2'))).toBe(false);
    expect(rowInScope(scope, row('c1', null))).toBe(false);
  });

  it("gives an advertiser its own campaigns' traffic only, whoever sent it", () => {
    const scope = rowScopeOf(ADVERTISER, ['c1', 'c2']);
    expect(rowInScope(scope, row('c1', 'aff-1'))).toBe(true);
    expect(rowInScope(scope, row('c2', null))).toBe(true);
    expect(rowInScope(scope, row('c3', 'aff-1'))).toBe(false);
  });

  it('gives an advertiser without campaigns nothing', () => {
    expect(rowInScope(rowScopeOf(ADVERTISER, []), row('c1', 'aff-1'))).toBe(false);
  });
});

describe('which figures a caller may not see', () => {
  it('hides the advertiser side from affiliates and the affiliate side from advertisers', () => {
    expect(hiddenConversionFields(ADMIN_CALLER)).toEqual([]);
    expect(hiddenConversionFields(AFFILIATE)).toEqual(['revenue', 'customerId', 'reportedPayout']);
    expect(hiddenConversionFields(ADVERTISER)).toEqual(['payout']);
    expect(hiddenMoneyFields(ADMIN_CALLER)).toEqual([]);
    expect(hiddenMoneyFields(AFFILIATE)).toEqual(['revenue', 'profit', 'epc', 'roi']);
    expect(hiddenMoneyFields(ADVERTISER)).toEqual(['cost', 'profit', 'roi']);
  });
});
