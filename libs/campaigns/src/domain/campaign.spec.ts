import { describe, expect, it } from 'vitest';
import { fieldsRefused, validationErrorOf } from '../../../../test/support/domain-assertions.js';
import { Campaign, type NewCampaignInput } from './campaign.js';
import { CampaignsErrorCode } from './campaigns.errors.js';
import { CampaignCreatedEvent } from './events/campaign-created.event.js';

/** Creating a campaign; changes are in campaign-update.spec.ts, status moves in campaign-workflow.spec.ts. */
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

describe('Campaign.create', () => {
  it('creates a draft campaign and raises CampaignCreated', () => {
    const campaign = create();
    const c = campaign.snapshot;
    expect(c).toMatchObject({
      id: ID,
      name: 'Summer VPN trial',
      advertiserName: 'Acme VPN',
      offerUrl: 'https://offers.example.com/vpn?click={click_id}&aff={affiliate_id}',
      safePageUrl: 'https://example.com/',
      status: 'draft',
      createdAt: NOW,
      updatedAt: NOW,
      version: 0,
    });
    expect(c.payout).toMatchObject({ model: 'CPA', amountUnits: 1250, currency: 'USD' });
    expect(c.budget?.total?.minor).toBe(1_000_000);
    expect(c.budget?.daily?.minor).toBe(50_000);
    expect(c.schedule.endsAt?.toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(c.targeting.countries).toEqual(['CA', 'US']);
    const events = campaign.pullEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toBeInstanceOf(CampaignCreatedEvent);
    expect(events[0].eventType).toBe('campaigns.campaign-created');
    expect(events[0].payload).toEqual({ campaignId: ID, name: 'Summer VPN trial' });
    expect(events[0].occurredAt).toEqual(NOW);
  });

  it('leaves the optional fields open when they are absent or null', () => {
    for (const value of [undefined, null]) {
      const c = create({
        safePageUrl: value,
        budget: value,
        schedule: value,
        targeting: value,
      }).snapshot;
      expect(c.safePageUrl).toBeNull();
      expect(c.budget).toBeNull();
      expect([c.schedule.startsAt, c.schedule.endsAt]).toEqual([null, null]);
      expect([c.targeting.countries, c.targeting.devices]).toEqual([[], []]);
    }
  });

  it('trims the name and advertiser name', () => {
    expect(create({ name: '  Spaced  ', advertiserName: ' Acme ' }).snapshot).toMatchObject({
      name: 'Spaced',
      advertiserName: 'Acme',
    });
  });

  it.each([
    ['an empty name', { name: '' }, 'name'],
    ['a blank name', { name: '   ' }, 'name'],
    ['a name over 200 characters', { name: 'x'.repeat(201) }, 'name'],
    ['an empty advertiser name', { advertiserName: '' }, 'advertiserName'],
    [
      'an advertiser name over 200 characters',
      { advertiserName: 'x'.repeat(201) },
      'advertiserName',
    ],
    ['an offer URL that is not http(s)', { offerUrl: 'ftp://offers.example.com/' }, 'offerUrl'],
    [
      'an offer URL with an unknown macro',
      { offerUrl: 'https://offers.example.com/?x={sub9}' },
      'offerUrl',
    ],
    ['a relative safe page URL', { safePageUrl: '/safe' }, 'safePageUrl'],
    [
      'a safe page URL with a macro',
      { safePageUrl: 'https://example.com/?c={click_id}' },
      'safePageUrl',
    ],
    [
      'an unknown payout model',
      { payout: { model: 'CPM', amount: 1, currency: 'USD' } },
      'payout.model',
    ],
    ['a zero payout', { payout: { model: 'CPA', amount: 0, currency: 'USD' } }, 'payout.amount'],
    [
      'a payout with too many decimals',
      { payout: { model: 'CPA', amount: 1.5, currency: 'JPY' } },
      'payout.amount',
    ],
    [
      'a payout in an unknown currency',
      { payout: { model: 'CPA', amount: 1, currency: 'QQQ' } },
      'payout.currency',
    ],
    [
      'a REVSHARE above 100%',
      { payout: { model: 'REVSHARE', amount: 100.5, currency: 'USD' } },
      'payout.amount',
    ],
    ['a daily budget above the total', { budget: { total: 100, daily: 200 } }, 'budget.daily'],
    ['a zero budget total', { budget: { total: 0 } }, 'budget.total'],
    [
      'a budget finer than the payout currency',
      { budget: { total: 10.5 }, payout: { model: 'CPA', amount: 1, currency: 'JPY' } },
      'budget.total',
    ],
    [
      'a schedule ending before it starts',
      { schedule: { startsAt: LATER, endsAt: NOW } },
      'schedule.endsAt',
    ],
    ['an unknown country', { targeting: { countries: ['US', 'XX'] } }, 'targeting.countries.1'],
    ['an unknown device', { targeting: { devices: ['smart-tv'] } }, 'targeting.devices.0'],
  ])('refuses %s', (_rule, overrides, field) => {
    const error = validationErrorOf(() => create(overrides));
    expect(error.code).toBe(CampaignsErrorCode.InvalidCampaign);
    expect(error.fieldErrors.map((e) => e.field)).toEqual([field]);
    expect(error.fieldErrors[0].message).toEqual(expect.any(String));
  });

  it('accepts a name of exactly 200 characters', () => {
    expect(create({ name: 'x'.repeat(200) }).snapshot.name).toHaveLength(200);
  });

  it('reports every broken field at once, by its dotted path', () => {
    const fields = fieldsRefused(() =>
      create({
        name: '',
        offerUrl: 'https://offers.example.com/?x={nope}',
        safePageUrl: 'mailto:x@example.com',
        payout: { model: 'CPA', amount: 0.001, currency: 'USD' },
        schedule: { startsAt: LATER, endsAt: NOW },
        targeting: { countries: ['ZZ'], devices: ['desktop', 'watch'] },
      }),
    );
    expect(fields.sort()).toEqual(
      [
        'name',
        'offerUrl',
        'safePageUrl',
        'payout.amount',
        'schedule.endsAt',
        'targeting.countries.0',
      ].sort(),
    );
  });
});
