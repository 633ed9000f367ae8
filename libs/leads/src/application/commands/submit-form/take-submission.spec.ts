import { describe, expect, it } from 'vitest';
import { ipNetworkKey } from '@app/kernel';
import { NO_ATTRIBUTION } from '../../../domain/attribution.js';
import { contactForm } from '../../../domain/contact-form.js';
import type { IntakeSession } from '../../../domain/lead-intake.js';
import type { Lead } from '../../../domain/lead.js';
import { assessSubmission } from '../../../domain/submission-assessment.js';
import type { SubmissionRecord } from '../../../domain/submission.js';
import { takeSubmission } from './take-submission.js';

const AT = new Date('2026-11-26T09:00:00Z');

/** A session over two lists: the port's contract without a database. */
class FakeSession implements IntakeSession {
  submissions: SubmissionRecord[] = [];
  leads: Lead[] = [];

  async recentSubmissionTimes(network: string, since: Date, limit: number) {
    return this.submissions
      .filter(
        (s) => s.ipNetwork === network && s.submittedAt > since && s.outcome !== 'rate_limited',
      )
      .map((s) => s.submittedAt)
      .sort((a, b) => b.getTime() - a.getTime())
      .slice(0, limit);
  }
  async findLeadByEmail(formId: string, email: string) {
    return (
      this.leads.find(
        (l) => l.snapshot.formId === formId && l.snapshot.profile.email?.normalized === email,
      ) ?? null
    );
  }
  async saveLead(lead: Lead) {
    if (!this.leads.includes(lead)) this.leads.push(lead);
  }
  async recordSubmission(submission: SubmissionRecord) {
    this.submissions.push(submission);
  }
}

const take = (
  session: FakeSession,
  body: Record<string, unknown>,
  ip = '192.0.2.1',
  rateLimit = 20,
) => {
  const form = contactForm();
  return takeSubmission(session, {
    form,
    assessment: assessSubmission(form, body),
    attribution: NO_ATTRIBUTION,
    ip,
    ipNetwork: ipNetworkKey(ip),
    at: AT,
    rateLimit,
  });
};

describe('taking a submission', () => {
  it('makes a lead, then adds a repeat of the same email to it', async () => {
    const session = new FakeSession();
    const first = await take(session, { email: 'ada@acme-robotics.io' });
    const second = await take(session, { email: 'ADA@acme-robotics.io', company: 'Acme' });
    expect(first).toMatchObject({ kind: 'accepted', duplicate: false });
    expect(second).toMatchObject({ kind: 'accepted', duplicate: true });
    expect(session.leads).toHaveLength(1);
    expect(session.submissions.map((s) => [s.outcome, s.leadId])).toEqual([
      ['lead', session.leads[0].id],
      ['duplicate', session.leads[0].id],
    ]);
  });

  it('stores the rate-limited, honeypot, spam and invalid submissions with every reason', async () => {
    const session = new FakeSession();
    expect(await take(session, { email: 'x' })).toMatchObject({
      kind: 'refused',
      outcome: 'invalid',
    });
    expect(await take(session, { email: 'a@b.io', website: 'x', message: 'viagra' })).toMatchObject(
      {
        kind: 'honeypot',
      },
    );
    expect(await take(session, { email: 'a@b.io', message: 'cheap viagra' })).toMatchObject({
      kind: 'refused',
      outcome: 'spam',
    });
    expect(await take(session, { email: 'a@b.io' }, '192.0.2.1', 3)).toMatchObject({
      kind: 'rate_limited',
      retryAfterSeconds: 600,
    });
    expect(session.submissions.map((s) => [s.outcome, s.spamReasons])).toEqual([
      ['invalid', []],
      ['spam', ['honeypot', 'blocked_words']],
      ['spam', ['blocked_words']],
      ['rate_limited', ['rate_limited']],
    ]);
    expect(session.submissions[1].values.website).toBe('x');
    expect(session.leads).toEqual([]);
  });

  it('counts the senders of one IPv6 /64 together, and stores each address as sent', async () => {
    const session = new FakeSession();
    await take(session, { email: 'one@b.io' }, '2001:db8:5:1::a', 2);
    await take(session, { email: 'two@b.io' }, '2001:db8:5:1:ffff::b', 2);
    expect(await take(session, { email: 'three@b.io' }, '2001:db8:5:1::c', 2)).toMatchObject({
      kind: 'rate_limited',
    });
    expect(await take(session, { email: 'four@b.io' }, '2001:db8:5:2::c', 2)).toMatchObject({
      kind: 'accepted',
    });
    expect(session.submissions.map((s) => [s.ip, s.ipNetwork])).toEqual([
      ['2001:db8:5:1::a', '2001:db8:5:1::'],
      ['2001:db8:5:1:ffff::b', '2001:db8:5:1::'],
      ['2001:db8:5:1::c', '2001:db8:5:1::'],
      ['2001:db8:5:2::c', '2001:db8:5:2::'],
    ]);
  });
});
