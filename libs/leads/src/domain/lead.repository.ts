import type { Lead } from './lead.js';

/** Where leads are kept. An abstract class, so it doubles as the DI token. */
export abstract class LeadRepository {
  abstract findById(id: string): Promise<Lead | null>;
  /** Stores the lead, its status history and its events in one transaction; refuses a stale version. */
  abstract save(lead: Lead): Promise<void>;
  /** Stores an erased lead and clears the personal data of its submissions, in one transaction. */
  abstract saveErased(lead: Lead): Promise<void>;
}
