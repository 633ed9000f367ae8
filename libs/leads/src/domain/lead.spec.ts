import { Money } from '@app/kernel';
import { describe, expect, it } from 'vitest';
import { domainErrorOf } from '../../../../test/support/domain-assertions.js';
import { NO_ATTRIBUTION } from './attribution.js';
import { parseEmail } from './email-address.js';
import { Lead, type LeadSubmission } from './lead.js';
import { EMPTY_PROFILE } from './lead-profile.js';
import { LEAD_STATUSES, type LeadStatus } from './lead-status.js';
import { LeadsErrorCode } from './leads.errors.js';

const AT = new Date('2026-11-26T09:00:00Z');
const LATER = new Date('2026-11-27T09:00:00Z');
const NO_UTM = { utmSource: null, utmMedium: null, utmCampaign: null };

const submission = (overrides: Partial<LeadSubmission> = {}): LeadSubmission => ({
  profile: { ...EMPTY_PROFILE, email: parseEmail('ada@acme-robotics.io'), firstName: 'Ada' },
  utm: NO_UTM,
  attribution: NO_ATTRIBUTION,
  at: AT,
  ...overrides,
});

const leadIn = (status: LeadStatus) => {
  const lead = Lead.capture('lead-1', 'contact', submission());
  lead.pullEvents();
  return Lead.restore({ ...lead.snapshot, status, version: 1 });
};

describe('capturing a lead', () => {
  it('scores it and raises LeadCaptured without personal data', () => {
    const lead = Lead.capture(
      'lead-1',
      'contact',
      submission({ utm: { ...NO_UTM, utmSource: 'ads' } }),
    );
    expect(lead.snapshot).toMatchObject({
      status: 'new',
      submissionCount: 1,
      score: { score: 35 },
    });
    const [event] = lead.pullEvents();
    expect(event.eventType).toBe('leads.lead-captured');
    expect(event.payload).toMatchObject({
      leadId: 'lead-1',
      score: 35,
      grade: 'D',
      utmSource: 'ads',
    });
    expect(JSON.stringify(event.payload)).not.toContain('ada@');
  });

  it('absorbs a repeat: fills gaps, keeps what it had, takes a tracked click, rescores', () => {
    const lead = Lead.capture('lead-1', 'contact', submission());
    const tracked = {
      status: 'tracked' as const,
      clickId: 'c',
      campaignId: 'camp',
      affiliateId: 'aff',
    };
    lead.absorb(
      submission({
        profile: { ...EMPTY_PROFILE, firstName: 'Other', company: 'Acme' },
        attribution: tracked,
        at: LATER,
      }),
    );
    expect(lead.snapshot).toMatchObject({
      profile: { firstName: 'Ada', company: 'Acme' },
      attribution: tracked,
      submissionCount: 2,
      updatedAt: LATER,
    });
    // 10 email + 5 first name + 10 company + 15 business email + 10 click + 5 repeat
    expect(lead.snapshot.score.score).toBe(55);
  });
});

describe('the lead workflow', () => {
  const MOVES: Record<LeadStatus, LeadStatus[]> = {
    new: ['contacted', 'qualified', 'converted', 'lost'],
    contacted: ['qualified', 'converted', 'lost'],
    qualified: ['converted', 'lost'],
    converted: [],
    lost: [],
  };
  const cases = LEAD_STATUSES.flatMap((from) => LEAD_STATUSES.map((to) => ({ from, to })));

  it.each(cases)('$from -> $to is allowed only when the workflow lists it', ({ from, to }) => {
    const lead = leadIn(from);
    if (MOVES[from].includes(to)) {
      lead.changeStatus(to, LATER);
      expect(lead.snapshot.status).toBe(to);
      expect(lead.pullStatusChanges()).toEqual([{ from, to, at: LATER }]);
    } else {
      expect(domainErrorOf(() => lead.changeStatus(to, LATER)).code).toBe(
        LeadsErrorCode.InvalidTransition,
      );
      expect(lead.snapshot.status).toBe(from);
    }
  });

  it('raises LeadConverted with the exact deal value', () => {
    const lead = leadIn('qualified');
    lead.changeStatus('converted', LATER, Money.fromDecimal('19.99', 'USD'));
    expect(lead.pullEvents().map((e) => [e.eventType, e.payload])).toEqual([
      [
        'leads.lead-converted',
        expect.objectContaining({
          dealValueMinor: 1999,
          currency: 'USD',
          convertedAt: LATER.toISOString(),
        }),
      ],
    ]);
  });

  it('takes a deal value only when converting', () => {
    expect(
      domainErrorOf(() => leadIn('new').changeStatus('lost', LATER, Money.ofMinor(1, 'USD'))).code,
    ).toBe(LeadsErrorCode.InvalidStatusChange);
  });
});

describe('erasing a lead', () => {
  it('clears the profile and click id, keeps score, status and campaign, once', () => {
    const lead = leadIn('contacted');
    const before = lead.snapshot;
    lead.erase(LATER);
    expect(lead.snapshot).toMatchObject({
      profile: EMPTY_PROFILE,
      score: before.score,
      status: 'contacted',
      erasedAt: LATER,
    });
    lead.erase(new Date(LATER.getTime() + 1));
    expect(lead.snapshot.erasedAt).toEqual(LATER);
    expect(lead.pullEvents().map((e) => e.eventType)).toEqual(['leads.lead-erased']);
  });
});
