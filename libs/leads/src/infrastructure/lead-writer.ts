import { newId } from '@app/kernel';
import type { Transaction } from '@app/platform';
import type { Lead } from '../domain/lead.js';
import { concurrentUpdate } from '../domain/leads.errors.js';
import { leadToRow } from './lead.mapper.js';
import { LeadOrmEntity } from './lead.orm-entity.js';
import { LeadStatusChangeOrmEntity } from './lead-status-change.orm-entity.js';

/**
 * Writes a lead inside `tx`: inserted when new, else updated only from the version it was read
 * at (a concurrent save in between wins; this one fails). Its status moves and events go in the
 * same transaction. The caller marks the lead saved once the transaction commits.
 */
export async function writeLead(tx: Transaction, lead: Lead): Promise<void> {
  const row = leadToRow(lead);
  const leads = tx.manager.getRepository(LeadOrmEntity);
  if (lead.version === 0) {
    await leads.insert(row);
  } else {
    const result = await leads.update({ id: row.id, version: lead.version }, row);
    if (result.affected === 0) throw concurrentUpdate('Lead', row.id);
  }
  const changes = lead.pullStatusChanges();
  if (changes.length > 0) {
    await tx.manager.getRepository(LeadStatusChangeOrmEntity).insert(
      changes.map((change) => ({
        id: newId(),
        leadId: lead.id,
        fromStatus: change.from,
        toStatus: change.to,
        changedAt: change.at,
      })),
    );
  }
  await tx.recordEvents(lead.pullEvents());
}
