export type Seniority = 'executive' | 'manager' | 'staff';

const EXECUTIVE =
  /\b(?:ceo|cto|cfo|coo|cmo|cio|cso|cpo|chief|founder|co-?founder|owner|president|vp|svp|evp|vice[\s-]president|partner|managing\s+director|general\s+manager)\b/i;
const MANAGER = /\b(?:director|head|manager|lead|principal|supervisor)\b/i;

/** How senior a job title reads: who can buy (executive), who can push (manager), others. */
export function seniorityOf(jobTitle: string): Seniority {
  if (EXECUTIVE.test(jobTitle)) return 'executive';
  if (MANAGER.test(jobTitle)) return 'manager';
  return 'staff';
}
