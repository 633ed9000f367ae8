import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { LeadOrmEntity } from './lead.orm-entity.js';
import { LeadSubmissionOrmEntity } from './lead-submission.orm-entity.js';

/**
 * The tracked clicks leads came through: the lead's own and those of its later submissions
 * (a repeat submission may come through another click). Read before an erasure, which forgets
 * them: tracking then strips those clicks' visitor data.
 */
@Injectable()
export class LeadClickIds {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The clicks of the person's leads (by email, every form) not yet erased. */
  async ofPerson(normalizedEmail: string): Promise<string[]> {
    const leads = await this.dataSource.getRepository(LeadOrmEntity).find({
      select: { id: true },
      where: { emailNormalized: normalizedEmail, erasedAt: IsNull() },
    });
    return this.ofLeads(leads.map((lead) => lead.id));
  }

  async ofLeads(leadIds: readonly string[]): Promise<string[]> {
    if (leadIds.length === 0) return [];
    const where = { id: In([...leadIds]), clickId: Not(IsNull()) };
    const [leads, submissions] = await Promise.all([
      this.dataSource.getRepository(LeadOrmEntity).find({ select: { clickId: true }, where }),
      this.dataSource.getRepository(LeadSubmissionOrmEntity).find({
        select: { clickId: true },
        where: { leadId: In([...leadIds]), clickId: Not(IsNull()) },
      }),
    ]);
    return [...new Set([...leads, ...submissions].map((row) => row.clickId!))];
  }
}
