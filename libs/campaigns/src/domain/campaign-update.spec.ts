import { DomainError } from '@app/kernel';
import { describe, expect, it } from 'vitest';
import { fieldsRefused, validationErrorOf } from '../../../../test/support/domain-assertions.js';
import { Campaign, type CampaignChanges, type NewCampaignInput } from './campaign.js';
import { CampaignsErrorCode } from './campaigns.errors.js';
import { CampaignUpdatedEvent } from './events/campaign-updated.event.js';

/** Changing a campaign: PATCH semantics in the domain. */
const NOW = new Date('2026-11-26T09:00:00Z');
const LATER = new Date('2026-11-27T10:30:00Z');
const ID = '01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a11';

const validInput = (): NewCampaignInput => ({
  name: 'Summer VPN trial',
  advertiserName: 'Acme VPN',
  advertiserId: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b',
  offerUrl: 'https://offers.example.com/vpn?click={click_id}&aff={affiliate_id}',
  safePageUrl: 'https://example.com/',
  payout: { model: 'CPA', amount: 12.5, currency: 'USD' },
  budget: { total: 10000, daily: 500 },
  schedule: {
    startsAt: new Date('2026-12-01T00:00:00Z'),
    endsAt: new Date('2027-01-01T00:00:00Z'),
  },
  targeting: { countries: ['US', 'CA'], devices: ['mobile'] },
});

function create(overrides: Partial<Record<keyof NewCampaignInput, unknown>> = {}): Campaign {
  return Campaign.create({ ...validInput(), ...overrides } as NewCampaignInput, ID, NOW);
}

/** A saved campaign with no pending events, as a repository would hand it out. */
function stored(overrides: Partial<Record<keyof NewCampaignInput, unknown>> = {}): Campaign {
  const campaign = create(overrides);
  campaign.pullEvents();
  return Campaign.restore({ ...campaign.snapshot, version: 1 });
}

describe('Campaign.update', () => {
  it('changes only the listed fields and raises CampaignUpdated naming them', () => {
    const campaign = stored();
    const before = campaign.snapshot;
    campaign.update({ name: 'Winter VPN trial', targeting: { countries: ['DE'] } }, LATER);
    const after = campaign.snapshot;
    expect(after.name).toBe('Winter VPN trial');
    expect(after.targeting.countries).toEqual(['DE']);
    expect(after.updatedAt).toEqual(LATER);
    expect(after.createdAt).toEqual(NOW);
    for (const key of [
      'advertiserName',
      'offerUrl',
      'safePageUrl',
      'payout',
      'budget',
      'schedule',
      'status',
    ] as const) {
      expect(after[key], key).toEqual(before[key]);
    }
    const events = campaign.pullEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toBeInstanceOf(CampaignUpdatedEvent);
    expect(events[0].eventType).toBe('campaigns.campaign-updated');
    expect(events[0].payload).toEqual({ campaignId: ID, changedFields: ['name', 'targeting'] });
    expect(events[0].occurredAt).toEqual(LATER);
  });

  it('clears safePageUrl, budget, schedule and targeting with null', () => {
    const campaign = stored();
    campaign.update({ safePageUrl: null, budget: null, schedule: null, targeting: null }, LATER);
    const c = campaign.snapshot;
    expect(c.safePageUrl).toBeNull();
    expect(c.budget).toBeNull();
    expect([c.schedule.startsAt, c.schedule.endsAt]).toEqual([null, null]);
    expect([c.targeting.countries, c.targeting.devices]).toEqual([[], []]);
    expect(campaign.pullEvents()[0].payload).toMatchObject({
      changedFields: ['safePageUrl', 'budget', 'schedule', 'targeting'],
    });
  });

  it('refuses null for a required name', () => {
    const changes = { name: null, advertiserName: null } as unknown as CampaignChanges;
    expect(fieldsRefused(() => stored().update(changes, LATER))).toEqual([
      'name',
      'advertiserName',
    ]);
  });

  it('changes nothing and raises nothing when any change is invalid, reporting every one', () => {
    const campaign = stored();
    const before = { ...campaign.snapshot };
    const error = validationErrorOf(() =>
      campaign.update(
        {
          name: 'Fine name',
          advertiserName: '',
          budget: { total: 5, daily: 10 },
          targeting: { devices: ['fridge' as never] },
        },
        LATER,
      ),
    );
    expect(error.code).toBe(CampaignsErrorCode.InvalidCampaign);
    expect(error.fieldErrors.map((e) => e.field)).toEqual([
      'advertiserName',
      'budget.daily',
      'targeting.devices.0',
    ]);
    expect(campaign.snapshot).toEqual(before);
    expect(campaign.pullEvents()).toEqual([]);
  });

  it('refuses a new payout currency while the budget is still in the old one', () => {
    const campaign = stored();
    const fields = fieldsRefused(() =>
      campaign.update({ payout: { model: 'CPA', amount: 10, currency: 'EUR' } }, LATER),
    );
    expect(fields).toEqual(['budget']);
    expect(campaign.snapshot.payout.currency).toBe('USD');
  });

  it('accepts a new payout currency together with a budget restated in it', () => {
    const campaign = stored();
    campaign.update(
      {
        payout: { model: 'CPA', amount: 1500, currency: 'JPY' },
        budget: { total: 1_000_000, daily: 50_000 },
      },
      LATER,
    );
    const c = campaign.snapshot;
    expect(c.payout).toMatchObject({ currency: 'JPY', amountUnits: 1500 });
    expect(c.budget?.currency).toBe('JPY');
    expect(c.budget?.total?.minor).toBe(1_000_000);
  });

  it('accepts a new payout currency when the budget is removed with it', () => {
    const campaign = stored();
    campaign.update({ payout: { model: 'CPA', amount: 10, currency: 'EUR' }, budget: null }, LATER);
    expect(campaign.snapshot.budget).toBeNull();
    expect(campaign.snapshot.payout.currency).toBe('EUR');
  });

  it('accepts a new payout currency when there is no budget', () => {
    const campaign = stored({ budget: null });
    campaign.update({ payout: { model: 'REVSHARE', amount: 30, currency: 'GBP' } }, LATER);
    expect(campaign.snapshot.payout).toMatchObject({
      model: 'REVSHARE',
      amountUnits: 3000,
      currency: 'GBP',
    });
  });

  it('reads a new budget in the currency of the new payout', () => {
    const campaign = stored();
    const fields = fieldsRefused(() =>
      campaign.update(
        { payout: { model: 'CPA', amount: 10, currency: 'JPY' }, budget: { total: 100.5 } },
        LATER,
      ),
    );
    expect(fields).toEqual(['budget.total']);
  });

  it('raises no event and keeps updatedAt when nothing is listed', () => {
    const campaign = stored();
    campaign.update({}, LATER);
    campaign.update({ name: undefined }, LATER);
    expect(campaign.pullEvents()).toEqual([]);
    expect(campaign.snapshot.updatedAt).toEqual(NOW);
  });

  it('raises no event when the changes repeat the current values', () => {
    const campaign = stored();
    campaign.update({ name: 'Summer VPN trial', advertiserName: 'Acme VPN' }, LATER);
    expect(campaign.pullEvents()).toEqual([]);
  });

  it('may change an active or paused campaign', () => {
    for (const status of ['active', 'paused'] as const) {
      const campaign = Campaign.restore({ ...stored().snapshot, status });
      campaign.update({ name: `Renamed while ${status}` }, LATER);
      expect(campaign.snapshot.name).toBe(`Renamed while ${status}`);
    }
  });

  it('refuses to change a completed campaign', () => {
    const campaign = Campaign.restore({ ...stored().snapshot, status: 'completed' });
    const run = () => campaign.update({ name: 'Too late' }, LATER);
    expect(run).toThrow(DomainError);
    try {
      run();
    } catch (error) {
      expect(error).toMatchObject({ code: CampaignsErrorCode.CampaignCompleted, kind: 'conflict' });
    }
    expect(campaign.snapshot.name).toBe('Summer VPN trial');
    expect(campaign.pullEvents()).toEqual([]);
  });
});
