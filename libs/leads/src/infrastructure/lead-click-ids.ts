import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { LeadOrmEntity } from './lead.orm-entity.js';
import { LeadSubmissionOrmEntity } from './lead-submission.orm-entity.js';

/** A lead as far as its clicks go: its id and the click it came through, if any. */
export interface LeadClick {
  id: string;
  clickId: string | null;
}

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
      select: { id: true, tracking: { clickId: true } },
      where: { emailNormalized: normalizedEmail, erasedAt: IsNull() },
    });
    return this.of(leads.map(({ id, tracking }) => ({ id, clickId: tracking.clickId })));
  }

  /** The leads' own clicks, and their submissions' (read here). */
  async of(leads: readonly LeadClick[]): Promise<string[]> {
    if (leads.length === 0) return [];
    const submissions = await this.dataSource.getRepository(LeadSubmissionOrmEntity).find({
      select: { tracking: { clickId: true } },
      where: { leadId: In(leads.map((lead) => lead.id)), tracking: { clickId: Not(IsNull()) } },
    });
    const clickIds = [
      ...leads.map((lead) => lead.clickId),
      ...submissions.map((submission) => submission.tracking.clickId),
    ];
    return [...new Set(clickIds.filter((id): id is string => id !== null))];
  }
}
