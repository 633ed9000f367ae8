import { invalidTransition } from './leads.errors.js';

export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'converted', 'lost'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];

/**
 * new -> contacted -> qualified -> converted, moving forward only (a step may be skipped: a
 * buyer who converts on the first call was never "contacted" first), or to lost from any open
 * status. converted and lost are final.
 */
const NEXT: Readonly<Record<LeadStatus, readonly LeadStatus[]>> = {
  new: ['contacted', 'qualified', 'converted', 'lost'],
  contacted: ['qualified', 'converted', 'lost'],
  qualified: ['converted', 'lost'],
  converted: [],
  lost: [],
};

/** Throws LEADS.INVALID_TRANSITION (409) for any move the workflow does not list. */
export function assertTransition(from: LeadStatus, to: LeadStatus): void {
  if (!NEXT[from].includes(to)) throw invalidTransition(from, to);
}
