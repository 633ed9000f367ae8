import { describe, expect, it } from 'vitest';
import { Blocklist } from './blocklist.js';
import { type ClickContext, decideClick } from './click-decision.js';
import { CLICK_REASONS } from './click-reason.js';
import type { TrackedCampaign } from './tracked-campaign.js';

const NOW = new Date('2026-12-15T12:00:00Z');

const campaign = (changes: Partial<TrackedCampaign> = {}): TrackedCampaign => ({
  id: 'cmp-1',
  advertiserId: 'adv-1',
  status: 'active',
  offerUrl: 'https://offers.example.com/vpn?c={click_id}',
  safePageUrl: 'https://safe.example.com/',
  startsAt: null,
  endsAt: null,
  countries: [],
  devices: [],
  payout: { model: 'CPA', amountUnits: 1250, currency: 'USD', policy: 'fixed', maxUnits: null },
  budget: { totalMinor: null, dailyMinor: null },
  fraudulentClickConversions: 'reject',
  ...changes,
});

/** A clean click of a person on an active, unrestricted campaign; `changes` spoil it. */
const context = (changes: Partial<ClickContext> = {}): ClickContext => ({
  campaign: campaign(),
  spend: { totalMinor: 0, todayMinor: 0 },
  affiliate: { id: 'aff-1', status: 'active' },
  userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/140.0',
  isBotUserAgent: false,
  ip: '203.0.113.7',
  referrer: 'https://blog.example/post',
  country: 'DE',
  deviceType: 'desktop',
  ipRateExceeded: false,
  blocklist: Blocklist.empty,
  now: NOW,
  ...changes,
});

const reasonsFor = (changes: Partial<ClickContext>) => decideClick(context(changes)).reasons;

describe('decideClick', () => {
  it('sends a clean click to the offer, with no reasons', () => {
    expect(decideClick(context())).toEqual({
      destination: 'offer',
      reasons: [],
      isBot: false,
      isBlocked: false,
    });
  });

  it('accepts a link that names no affiliate', () => {
    expect(reasonsFor({ affiliate: null })).toEqual([]);
  });

  it.each(['draft', 'paused', 'completed'] as const)(
    'sends clicks on a %s campaign to the safe page',
    (status) => {
      const decision = decideClick(context({ campaign: campaign({ status }) }));
      expect(decision).toEqual({
        destination: 'safe_page',
        reasons: ['campaign_not_active'],
        isBot: false,
        isBlocked: false,
      });
    },
  );

  it('runs from startsAt inclusive to endsAt exclusive, either end open', () => {
    const scheduled = (startsAt: Date | null, endsAt: Date | null) =>
      reasonsFor({ campaign: campaign({ startsAt, endsAt }) });
    const later = new Date(NOW.getTime() + 1);
    expect(scheduled(NOW, null)).toEqual([]);
    expect(scheduled(later, null)).toEqual(['outside_schedule']);
    expect(scheduled(null, later)).toEqual([]);
    expect(scheduled(null, NOW)).toEqual(['outside_schedule']);
  });

  it('stops at the total budget once spend reaches it', () => {
    const budget = { totalMinor: 10_000, dailyMinor: null };
    expect(
      reasonsFor({ campaign: campaign({ budget }), spend: { totalMinor: 9_999, todayMinor: 0 } }),
    ).toEqual([]);
    expect(
      reasonsFor({ campaign: campaign({ budget }), spend: { totalMinor: 10_000, todayMinor: 0 } }),
    ).toEqual(['total_budget_reached']);
  });

  it('stops at the daily budget once today’s spend reaches it', () => {
    const budget = { totalMinor: null, dailyMinor: 500 };
    expect(
      reasonsFor({ campaign: campaign({ budget }), spend: { totalMinor: 9e9, todayMinor: 499 } }),
    ).toEqual([]);
    expect(
      reasonsFor({ campaign: campaign({ budget }), spend: { totalMinor: 500, todayMinor: 500 } }),
    ).toEqual(['daily_budget_reached']);
  });

  it('sends visitors outside the targeted countries, or of unknown country, to the safe page', () => {
    const targeted = campaign({ countries: ['DE', 'AT'] });
    expect(reasonsFor({ campaign: targeted, country: 'AT' })).toEqual([]);
    expect(reasonsFor({ campaign: targeted, country: 'de' })).toEqual([]);
    expect(reasonsFor({ campaign: targeted, country: 'FR' })).toEqual(['country_not_targeted']);
    expect(reasonsFor({ campaign: targeted, country: null })).toEqual(['country_not_targeted']);
    expect(reasonsFor({ country: null })).toEqual([]);
  });

  it('sends other devices, or an unknown device, to the safe page', () => {
    const mobileOnly = campaign({ devices: ['mobile', 'tablet'] });
    expect(reasonsFor({ campaign: mobileOnly, deviceType: 'tablet' })).toEqual([]);
    expect(reasonsFor({ campaign: mobileOnly, deviceType: 'desktop' })).toEqual([
      'device_not_targeted',
    ]);
    expect(reasonsFor({ campaign: mobileOnly, deviceType: null })).toEqual(['device_not_targeted']);
    expect(reasonsFor({ deviceType: null })).toEqual([]);
  });

  it('blocks traffic from an unknown or a suspended affiliate', () => {
    const unknown = decideClick(context({ affiliate: 'unknown' }));
    expect(unknown).toMatchObject({ reasons: ['affiliate_unknown'], isBlocked: true });
    const suspended = decideClick(context({ affiliate: { id: 'aff-1', status: 'suspended' } }));
    expect(suspended).toMatchObject({ reasons: ['affiliate_suspended'], isBlocked: true });
    expect(suspended.destination).toBe('safe_page');
  });

  it('sends bots to the safe page, marked as bots', () => {
    expect(decideClick(context({ isBotUserAgent: true }))).toEqual({
      destination: 'safe_page',
      reasons: ['bot_user_agent'],
      isBot: true,
      isBlocked: false,
    });
  });

  it('treats an empty or blank user agent as a bot', () => {
    for (const userAgent of ['', '   ']) {
      expect(decideClick(context({ userAgent }))).toMatchObject({
        destination: 'safe_page',
        reasons: ['empty_user_agent'],
        isBot: true,
      });
    }
  });

  it('blocks listed IPs, listed referrer domains and IPs over their rate', () => {
    const blocklist = Blocklist.compile([
      { kind: 'ip', value: '198.51.100.0/24' },
      { kind: 'referrer_domain', value: 'spam.example' },
    ]);
    expect(reasonsFor({ blocklist, ip: '198.51.100.9' })).toEqual(['blocked_ip']);
    expect(reasonsFor({ blocklist, referrer: 'https://www.spam.example/' })).toEqual([
      'blocked_referrer',
    ]);
    expect(reasonsFor({ blocklist, referrer: null })).toEqual([]);
    const limited = decideClick(context({ ipRateExceeded: true }));
    expect(limited).toMatchObject({ reasons: ['ip_rate_exceeded'], isBlocked: true, isBot: false });
  });

  it('reports every reason that applies, in the order of CLICK_REASONS', () => {
    const decision = decideClick({
      campaign: campaign({
        status: 'paused',
        startsAt: new Date('2027-01-01T00:00:00Z'),
        countries: ['US'],
        devices: ['mobile'],
        budget: { totalMinor: 100, dailyMinor: 10 },
      }),
      spend: { totalMinor: 100, todayMinor: 10 },
      affiliate: 'unknown',
      userAgent: '',
      isBotUserAgent: true,
      ip: '::ffff:198.51.100.9',
      referrer: 'http://SPAM.example/x',
      country: 'DE',
      deviceType: 'desktop',
      ipRateExceeded: true,
      blocklist: Blocklist.compile([
        { kind: 'ip', value: '198.51.100.9' },
        { kind: 'referrer_domain', value: 'spam.example' },
      ]),
      now: NOW,
    });
    expect(decision.reasons).toEqual(CLICK_REASONS.filter((r) => r !== 'affiliate_suspended'));
    expect(decision).toMatchObject({ destination: 'safe_page', isBot: true, isBlocked: true });
  });

  it('marks a bot on a paused campaign as a bot too', () => {
    const decision = decideClick(
      context({ campaign: campaign({ status: 'paused' }), isBotUserAgent: true }),
    );
    expect(decision.reasons).toEqual(['campaign_not_active', 'bot_user_agent']);
    expect(decision.isBot).toBe(true);
  });
});
