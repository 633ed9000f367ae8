import { seniorityOf } from './job-seniority.js';
import { type Grade, gradeOf } from './lead-grade.js';
import type { LeadProfile } from './lead-profile.js';

/** What the lead did, beside what it told: how it arrived and how often it came back. */
export interface Engagement {
  /** It followed a tracked click (its click_id named a stored click). */
  trackedClick: boolean;
  utmSource: string | null;
  submissions: number;
}

export type FactorGroup = 'contact' | 'professional' | 'engagement';

export interface ScoreFactor {
  factor: string;
  group: FactorGroup;
  points: number;
  maxPoints: number;
}

export interface LeadScore {
  score: number;
  grade: Grade;
  factors: ScoreFactor[];
}

interface FactorRule {
  factor: string;
  group: FactorGroup;
  maxPoints: number;
  /** The rule in words, for the README and the reader of this table. */
  rule: string;
  points(profile: LeadProfile, engagement: Engagement): number;
}

const words = (text: string | null) => (text ?? '').split(/\s+/).filter(Boolean).length;

/**
 * The scoring table: ten factors worth 100 points in all, deterministic (same facts, same
 * score). Contact completeness 30, professional information 40, engagement 30.
 */
export const SCORING_TABLE: readonly FactorRule[] = [
  {
    factor: 'email',
    group: 'contact',
    maxPoints: 10,
    rule: 'a valid email that is not from a disposable domain',
    points: ({ email }) => (email && email.kind !== 'disposable' ? 10 : 0),
  },
  {
    factor: 'phone',
    group: 'contact',
    maxPoints: 10,
    rule: 'a valid phone number',
    points: ({ phone }) => (phone ? 10 : 0),
  },
  {
    factor: 'full_name',
    group: 'contact',
    maxPoints: 10,
    rule: 'first and last name 10; only one of them 5',
    points: ({ firstName, lastName }) => (firstName ? 5 : 0) + (lastName ? 5 : 0),
  },
  {
    factor: 'company',
    group: 'professional',
    maxPoints: 10,
    rule: 'a company name',
    points: ({ company }) => (company ? 10 : 0),
  },
  {
    factor: 'job_title',
    group: 'professional',
    maxPoints: 15,
    rule: 'executive title (CEO, founder, VP, ...) 15; manager (director, head, lead, ...) 10; any other 5',
    points: ({ jobTitle }) =>
      jobTitle ? { executive: 15, manager: 10, staff: 5 }[seniorityOf(jobTitle)] : 0,
  },
  {
    factor: 'business_email',
    group: 'professional',
    maxPoints: 15,
    rule: "the email's domain is a business's, not free-mail or disposable",
    points: ({ email }) => (email?.kind === 'business' ? 15 : 0),
  },
  {
    factor: 'tracked_click',
    group: 'engagement',
    maxPoints: 10,
    rule: 'arrived through a tracked click (click_id of a stored click)',
    points: (_profile, { trackedClick }) => (trackedClick ? 10 : 0),
  },
  {
    factor: 'utm_source',
    group: 'engagement',
    maxPoints: 5,
    rule: 'came with a utm_source',
    points: (_profile, { utmSource }) => (utmSource ? 5 : 0),
  },
  {
    factor: 'message',
    group: 'engagement',
    maxPoints: 10,
    rule: 'a message of 20 words or more 10; of 5 or more 5',
    points: ({ message }) => (words(message) >= 20 ? 10 : words(message) >= 5 ? 5 : 0),
  },
  {
    factor: 'repeat_submissions',
    group: 'engagement',
    maxPoints: 5,
    rule: 'submitted the form more than once',
    points: (_profile, { submissions }) => (submissions >= 2 ? 5 : 0),
  },
];

export function scoreLead(profile: LeadProfile, engagement: Engagement): LeadScore {
  const factors = SCORING_TABLE.map(({ factor, group, maxPoints, points }) => ({
    factor,
    group,
    points: points(profile, engagement),
    maxPoints,
  }));
  const score = factors.reduce((sum, factor) => sum + factor.points, 0);
  return { score, grade: gradeOf(score), factors };
}
