import { Injectable } from '@nestjs/common';
import type { Transaction } from '@app/platform';
import { IsNull } from 'typeorm';
import { leadFromRow } from './lead.mapper.js';
import { LeadOrmEntity } from './lead.orm-entity.js';
import { writeErasedLead } from './erased-lead-writer.js';

/**
 * Erases, inside `tx`, every lead of one person (by email, on every form) the way
 * DELETE /forms/lead/{id} erases one: each raises LeadErased. Returns the leads and
 * submissions it changed; leads erased before are not counted again.
 */
@Injectable()
export class CustomerLeadsEraser {
  async erase(tx: Transaction, normalizedEmail: string, at: Date): Promise<number> {
    const rows = await tx.manager
      .getRepository(LeadOrmEntity)
      .findBy({ emailNormalized: normalizedEmail, erasedAt: IsNull() });
    let affected = 0;
    for (const row of rows) {
      const lead = leadFromRow(row);
      lead.erase(at);
      affected += 1 + (await writeErasedLead(tx, lead));
    }
    return affected;
  }
}
