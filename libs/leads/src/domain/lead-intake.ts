import type { Lead } from './lead.js';
import type { SubmissionRecord } from './submission.js';

/**
 * The reads and writes of one submission, in one transaction: the rate count, the duplicate
 * lookup, the lead and the submission row commit together or not at all.
 */
export interface IntakeSession {
  /**
   * When the network's counted submissions of the last `since`..now came, newest first, at most
   * `limit`. Counted: all but those already refused for the rate. Exact across replicas: the
   * session holds a per-network lock from here to its commit.
   */
  recentSubmissionTimes(network: string, since: Date, limit: number): Promise<Date[]>;
  /** The form's lead with this normalised email, locked for update; null when none. */
  findLeadByEmail(formId: string, normalizedEmail: string): Promise<Lead | null>;
  saveLead(lead: Lead): Promise<void>;
  recordSubmission(submission: SubmissionRecord): Promise<void>;
}

/** Runs one submission's work in a transaction. An abstract class, so it doubles as the DI token. */
export abstract class LeadIntake {
  /**
   * Throws LEADS.CONCURRENT_UPDATE when another transaction captured the same lead first; the
   * caller may run the work again, which then finds that lead.
   */
  abstract run<T>(work: (session: IntakeSession) => Promise<T>): Promise<T>;
}
