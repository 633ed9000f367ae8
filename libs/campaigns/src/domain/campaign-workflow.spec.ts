import { describe, expect, it } from 'vitest';
import { domainErrorOf } from '../../../../test/support/domain-assertions.js';
import { Campaign, type NewCampaignInput } from './campaign.js';
import {
  CAMPAIGN_STATUSES,
  type CampaignStatus,
  nextStatus,
  STATUS_ACTIONS,
  type StatusAction,
} from './campaign-status.js';
import { CampaignsErrorCode } from './campaigns.errors.js';
import { CampaignStatusChangedEvent } from './events/campaign-status-changed.event.js';

const CREATED = new Date('2026-11-26T09:00:00Z');
const NOW = new Date('2026-12-15T12:00:00Z');
const ID = '01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a11';

const input = (schedule: NewCampaignInput['schedule'] = null): NewCampaignInput => ({
  name: 'Summer VPN trial',
  advertiserName: 'Acme VPN',
  advertiserId: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b',
  offerUrl: 'https://offers.example.com/vpn?click={click_id}',
  payout: { model: 'CPA', amount: 12.5, currency: 'USD' },
  schedule,
});

/** A saved campaign in `status`, with no pending events. */
function campaignIn(
  status: CampaignStatus,
  schedule: NewCampaignInput['schedule'] = null,
): Campaign {
  const created = Campaign.create(input(schedule), ID, CREATED);
  return Campaign.restore({ ...created.snapshot, status, version: 3 });
}

/** The whole workflow: every status x every action, and where it leads (null: refused). */
const WORKFLOW: Record<CampaignStatus, Record<StatusAction, CampaignStatus | null>> = {
  draft: { activate: 'active', pause: null, complete: null },
  active: { activate: null, pause: 'paused', complete: 'completed' },
  paused: { activate: 'active', pause: null, complete: 'completed' },
  completed: { activate: null, pause: null, complete: null },
};

const cases = CAMPAIGN_STATUSES.flatMap((from) =>
  STATUS_ACTIONS.map((action) => ({ from, action, to: WORKFLOW[from][action] })),
);
const allowed = cases.filter((c) => c.to !== null);
const refused = cases.filter((c) => c.to === null);

describe('the campaign status workflow', () => {
  it('covers all 4 statuses and 3 actions', () => {
    expect(cases).toHaveLength(12);
    expect(allowed.map((c) => `${c.from}:${c.action}`)).toEqual([
      'draft:activate',
      'active:pause',
      'active:complete',
      'paused:activate',
      'paused:complete',
    ]);
  });

  it.each(allowed)(
    'lets $action move a $from campaign to $to, raising CampaignStatusChanged',
    ({ from, action, to }) => {
      const campaign = campaignIn(from);
      campaign.changeStatus(action, NOW);
      expect(campaign.status).toBe(to);
      expect(campaign.snapshot.updatedAt).toEqual(NOW);
      expect(nextStatus(from, action)).toBe(to);
      const events = campaign.pullEvents();
      expect(events).toHaveLength(1);
      expect(events[0]).toBeInstanceOf(CampaignStatusChangedEvent);
      expect(events[0].eventType).toBe('campaigns.campaign-status-changed');
      expect(events[0].payload).toEqual({ campaignId: ID, from, to });
      expect(events[0].occurredAt).toEqual(NOW);
    },
  );

  it.each(refused)(
    'refuses to $action a $from campaign (409 CAMPAIGNS.INVALID_TRANSITION)',
    ({ from, action }) => {
      const campaign = campaignIn(from);
      const error = domainErrorOf(() => campaign.changeStatus(action, NOW));
      expect(error.code).toBe(CampaignsErrorCode.InvalidTransition);
      expect(error.kind).toBe('conflict');
      expect(error.message).toContain(from);
      expect(campaign.status).toBe(from);
      expect(campaign.snapshot.updatedAt).toEqual(CREATED);
      expect(campaign.pullEvents()).toEqual([]);
    },
  );

  it('refuses to pause a draft campaign', () => {
    expect(domainErrorOf(() => campaignIn('draft').changeStatus('pause', NOW)).code).toBe(
      CampaignsErrorCode.InvalidTransition,
    );
  });

  it('refuses to reopen a completed campaign', () => {
    expect(domainErrorOf(() => campaignIn('completed').changeStatus('activate', NOW)).code).toBe(
      CampaignsErrorCode.InvalidTransition,
    );
  });

  it('walks a campaign through its whole life, one event per move', () => {
    const campaign = campaignIn('draft');
    for (const action of ['activate', 'pause', 'activate', 'pause', 'complete'] as const)
      campaign.changeStatus(action, NOW);
    expect(campaign.status).toBe('completed');
    expect(campaign.pullEvents().map((e) => e.payload)).toEqual([
      { campaignId: ID, from: 'draft', to: 'active' },
      { campaignId: ID, from: 'active', to: 'paused' },
      { campaignId: ID, from: 'paused', to: 'active' },
      { campaignId: ID, from: 'active', to: 'paused' },
      { campaignId: ID, from: 'paused', to: 'completed' },
    ]);
  });
});

describe('activating a campaign whose schedule has ended', () => {
  const ended = {
    startsAt: new Date('2026-11-01T00:00:00Z'),
    endsAt: new Date('2026-12-01T00:00:00Z'),
  };

  it.each(['draft', 'paused'] as const)(
    'refuses to activate a %s campaign (409 CAMPAIGNS.SCHEDULE_ENDED)',
    (status) => {
      const campaign = campaignIn(status, ended);
      const error = domainErrorOf(() => campaign.changeStatus('activate', NOW));
      expect(error.code).toBe(CampaignsErrorCode.ScheduleEnded);
      expect(error.kind).toBe('conflict');
      expect(error.message).toContain('2026-12-01T00:00:00.000Z');
      expect(campaign.status).toBe(status);
      expect(campaign.pullEvents()).toEqual([]);
    },
  );

  it('counts the schedule as ended at the very instant it ends', () => {
    const campaign = campaignIn('draft', ended);
    expect(domainErrorOf(() => campaign.changeStatus('activate', ended.endsAt)).code).toBe(
      CampaignsErrorCode.ScheduleEnded,
    );
  });

  it('activates up to the last moment before the end', () => {
    const campaign = campaignIn('draft', ended);
    campaign.changeStatus('activate', new Date(ended.endsAt.getTime() - 1));
    expect(campaign.status).toBe('active');
  });

  it('activates a campaign whose schedule has not started yet', () => {
    const campaign = campaignIn('draft', { startsAt: new Date('2027-01-01T00:00:00Z') });
    campaign.changeStatus('activate', NOW);
    expect(campaign.status).toBe('active');
  });

  it('still lets an ended campaign be paused or completed', () => {
    const paused = campaignIn('active', ended);
    paused.changeStatus('pause', NOW);
    expect(paused.status).toBe('paused');
    const completed = campaignIn('active', ended);
    completed.changeStatus('complete', NOW);
    expect(completed.status).toBe('completed');
  });

  it('reports an invalid transition before an ended schedule', () => {
    expect(
      domainErrorOf(() => campaignIn('completed', ended).changeStatus('activate', NOW)).code,
    ).toBe(CampaignsErrorCode.InvalidTransition);
    expect(
      domainErrorOf(() => campaignIn('active', ended).changeStatus('activate', NOW)).code,
    ).toBe(CampaignsErrorCode.InvalidTransition);
  });
});

describe('saving', () => {
  it('counts each save in the version', () => {
    const campaign = Campaign.create(input(), ID, CREATED);
    expect(campaign.version).toBe(0);
    campaign.markSaved();
    campaign.markSaved();
    expect(campaign.version).toBe(2);
  });
});
