import { describe, expect, it } from 'vitest';
import { ADMIN_CALLER } from '@app/platform';
import { campaignInScope, hiddenCampaignFields } from './campaign-scope.js';

const ADVERTISER = { role: 'advertiser', advertiserId: 'adv-1' } as const;
const AFFILIATE = { role: 'affiliate', affiliateId: 'aff-1' } as const;

describe('which campaigns a caller reads', () => {
  it('gives admins every campaign with its payout', () => {
    expect(campaignInScope(ADMIN_CALLER, { advertiserId: null })).toBe(true);
    expect(hiddenCampaignFields(ADMIN_CALLER)).toEqual([]);
  });

  it('gives an advertiser the campaigns that name it, without the payout', () => {
    expect(campaignInScope(ADVERTISER, { advertiserId: 'adv-1' })).toBe(true);
    expect(campaignInScope(ADVERTISER, { advertiserId: 'adv-2' })).toBe(false);
    expect(campaignInScope(ADVERTISER, { advertiserId: null })).toBe(false);
    expect(hiddenCampaignFields(ADVERTISER)).toEqual(['payout']);
  });

  it('gives an affiliate no campaign', () => {
    expect(campaignInScope(AFFILIATE, { advertiserId: 'adv-1' })).toBe(false);
  });
});
