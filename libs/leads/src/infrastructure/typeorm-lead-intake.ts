import { Injectable } from '@nestjs/common';
import { isUniqueViolation, type Transaction, UnitOfWork } from '@app/platform';
import { type IntakeSession, LeadIntake } from '../domain/lead-intake.js';
import type { Lead } from '../domain/lead.js';
import { concurrentUpdate } from '../domain/leads.errors.js';
import type { SubmissionRecord } from '../domain/submission.js';
import { leadFromRow } from './lead.mapper.js';
import { LeadOrmEntity } from './lead.orm-entity.js';
import { COUNTED_FOR_RATE, LeadSubmissionOrmEntity } from './lead-submission.orm-entity.js';
import { submissionToRow } from './submission.mapper.js';
import { writeLead } from './lead-writer.js';

/** One submission's reads and writes in one unit of work (see LeadIntake). */
@Injectable()
export class TypeormLeadIntake extends LeadIntake {
  constructor(private readonly unitOfWork: UnitOfWork) {
    super();
  }

  async run<T>(work: (session: IntakeSession) => Promise<T>): Promise<T> {
    const saved: Lead[] = [];
    try {
      const result = await this.unitOfWork.run((tx) =>
        work(new TypeormIntakeSession(tx, this.unitOfWork.dialect, saved)),
      );
      for (const lead of saved) lead.markSaved();
      return result;
    } catch (error) {
      // Another submission of the same new email committed its lead first.
      if (isUniqueViolation(error)) throw concurrentUpdate('Lead', 'with this email');
      throw error;
    }
  }
}

class TypeormIntakeSession implements IntakeSession {
  constructor(
    private readonly tx: Transaction,
    private readonly dialect: 'postgres' | 'sqlite',
    private readonly saved: Lead[],
  ) {}

  async recentSubmissionTimes(network: string, since: Date, limit: number): Promise<Date[]> {
    if (this.dialect === 'postgres') {
      // Held to the commit, so two submissions from one network cannot both count the same
      // rows and both pass; other networks are not held up. SQLite runs one transaction at a time.
      await this.tx.manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `leads:ip:${network}`,
      ]);
    }
    const rows = await this.tx.manager
      .getRepository(LeadSubmissionOrmEntity)
      .createQueryBuilder('s')
      .select('s.submittedAt')
      .where('s.ipNetwork = :network', { network })
      .andWhere('s.submittedAt > :since', { since })
      // Spelled as the partial index's predicate, so the planner can use that index.
      .andWhere(COUNTED_FOR_RATE)
      .orderBy('s.submittedAt', 'DESC')
      .limit(limit)
      .getMany();
    return rows.map((row) => row.submittedAt);
  }

  async findLeadByEmail(formId: string, normalizedEmail: string): Promise<Lead | null> {
    const query = this.tx.manager
      .getRepository(LeadOrmEntity)
      .createQueryBuilder('lead')
      .where('lead.formId = :formId', { formId })
      .andWhere('lead.emailNormalized = :email', { email: normalizedEmail });
    // Repeat submissions of one lead wait for each other instead of failing on its version.
    if (this.dialect === 'postgres') query.setLock('pessimistic_write');
    const row = await query.getOne();
    return row ? leadFromRow(row) : null;
  }

  async saveLead(lead: Lead): Promise<void> {
    await writeLead(this.tx, lead);
    this.saved.push(lead);
  }

  async recordSubmission(submission: SubmissionRecord): Promise<void> {
    await this.tx.manager
      .getRepository(LeadSubmissionOrmEntity)
      .insert(submissionToRow(submission));
  }
}
