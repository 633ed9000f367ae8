import { describe, expect, it } from 'vitest';
import { parseEmail } from './email-address.js';
import { seniorityOf } from './job-seniority.js';
import { gradeOf } from './lead-grade.js';
import { EMPTY_PROFILE, type LeadProfile } from './lead-profile.js';
import { type Engagement, SCORING_TABLE, scoreLead } from './lead-scoring.js';

const NONE: Engagement = { trackedClick: false, utmSource: null, submissions: 1 };
const profile = (p: Partial<LeadProfile>): LeadProfile => ({ ...EMPTY_PROFILE, ...p });
const points = (factor: string, p: Partial<LeadProfile>, e: Partial<Engagement> = {}) =>
  scoreLead(profile(p), { ...NONE, ...e }).factors.find((f) => f.factor === factor)!.points;
const email = (address: string) => parseEmail(address)!;

describe('the scoring table', () => {
  it('is worth 100 points: contact 30, professional 40, engagement 30', () => {
    const max = (group: string) =>
      SCORING_TABLE.filter((f) => f.group === group).reduce((sum, f) => sum + f.maxPoints, 0);
    expect([max('contact'), max('professional'), max('engagement')]).toEqual([30, 40, 30]);
  });

  it('email: 10 for a valid address, 0 for a disposable one', () => {
    expect(points('email', { email: email('ada@gmail.com') })).toBe(10);
    expect(points('email', { email: email('ada@mailinator.com') })).toBe(0);
    expect(points('email', {})).toBe(0);
  });

  it('phone: 10 for a valid number', () => {
    expect(points('phone', { phone: '+14155552671' })).toBe(10);
    expect(points('phone', {})).toBe(0);
  });

  it('full name: 5 for each of first and last name', () => {
    expect(points('full_name', { firstName: 'Ada', lastName: 'Lovelace' })).toBe(10);
    expect(points('full_name', { lastName: 'Lovelace' })).toBe(5);
    expect(points('full_name', {})).toBe(0);
  });

  it('company: 10 when given', () => {
    expect(points('company', { company: 'Acme' })).toBe(10);
  });

  it('job title: 15 executive, 10 manager, 5 any other', () => {
    expect(points('job_title', { jobTitle: 'Co-Founder & CEO' })).toBe(15);
    expect(points('job_title', { jobTitle: 'VP Sales' })).toBe(15);
    expect(points('job_title', { jobTitle: 'Head of Marketing' })).toBe(10);
    expect(points('job_title', { jobTitle: 'Engineering Manager' })).toBe(10);
    expect(points('job_title', { jobTitle: 'Analyst' })).toBe(5);
    expect(points('job_title', {})).toBe(0);
    expect(seniorityOf('Vice-President, Operations')).toBe('executive');
  });

  it('business email: 15 for a company domain, 0 for free-mail and disposable domains', () => {
    expect(points('business_email', { email: email('ada@acme-robotics.io') })).toBe(15);
    expect(points('business_email', { email: email('ada@gmail.com') })).toBe(0);
    expect(points('business_email', { email: email('ada@outlook.com') })).toBe(0);
    expect(points('business_email', { email: email('ada@x.mailinator.com') })).toBe(0);
  });

  it('engagement: a tracked click 10, a UTM source 5, a repeat submission 5', () => {
    expect(points('tracked_click', {}, { trackedClick: true })).toBe(10);
    expect(points('utm_source', {}, { utmSource: 'newsletter' })).toBe(5);
    expect(points('repeat_submissions', {}, { submissions: 1 })).toBe(0);
    expect(points('repeat_submissions', {}, { submissions: 2 })).toBe(5);
  });

  it('message: 10 from 20 words, 5 from 5 words', () => {
    expect(points('message', { message: 'word '.repeat(20) })).toBe(10);
    expect(points('message', { message: 'word '.repeat(19) })).toBe(5);
    expect(points('message', { message: 'one two three four five' })).toBe(5);
    expect(points('message', { message: 'hi there' })).toBe(0);
  });

  it('adds the factors up, and gives the same score for the same facts', () => {
    const full = profile({
      email: email('ada@acme-robotics.io'),
      phone: '+14155552671',
      firstName: 'Ada',
      lastName: 'L',
      company: 'Acme',
      jobTitle: 'CTO',
      message: 'word '.repeat(25),
    });
    const engaged = { trackedClick: true, utmSource: 'ads', submissions: 3 };
    expect(scoreLead(full, engaged)).toEqual(scoreLead(full, engaged));
    expect(scoreLead(full, engaged)).toMatchObject({ score: 100, grade: 'A' });
    expect(scoreLead(EMPTY_PROFILE, NONE)).toMatchObject({ score: 0, grade: 'F' });
  });
});

describe('grades', () => {
  it('A from 80, B from 60, C from 40, D from 20, F below', () => {
    expect([100, 80, 79, 60, 59, 40, 39, 20, 19, 0].map(gradeOf).join('')).toBe('AABBCCDDFF');
  });
});
