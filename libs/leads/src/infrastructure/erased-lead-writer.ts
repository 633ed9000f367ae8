import type { Transaction } from '@app/platform';
import type { Lead } from '../domain/lead.js';
import { LeadSubmissionOrmEntity } from './lead-submission.orm-entity.js';
import { writeLead } from './lead-writer.js';

/**
 * Writes an erased lead inside `tx` and clears the personal data of its submissions: the values
 * as sent and the sender's address are personal data too. Returns how many submissions it
 * cleared.
 */
export async function writeErasedLead(tx: Transaction, lead: Lead): Promise<number> {
  await writeLead(tx, lead);
  const result = await tx.manager
    .getRepository(LeadSubmissionOrmEntity)
    .update(
      { leadId: lead.id },
      { fieldValues: {}, ip: null, ipNetwork: null, tracking: { clickId: null } },
    );
  return result.affected ?? 0;
}
