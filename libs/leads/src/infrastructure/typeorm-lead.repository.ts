import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnitOfWork } from '@app/platform';
import { DataSource } from 'typeorm';
import type { Lead } from '../domain/lead.js';
import { LeadRepository } from '../domain/lead.repository.js';
import { leadFromRow } from './lead.mapper.js';
import { LeadOrmEntity } from './lead.orm-entity.js';
import { writeLead } from './lead-writer.js';
import { writeErasedLead } from './erased-lead-writer.js';

@Injectable()
export class TypeormLeadRepository extends LeadRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {
    super();
  }

  async findById(id: string): Promise<Lead | null> {
    const row = await this.dataSource.getRepository(LeadOrmEntity).findOneBy({ id });
    return row ? leadFromRow(row) : null;
  }

  async save(lead: Lead): Promise<void> {
    await this.unitOfWork.run((tx) => writeLead(tx, lead));
    lead.markSaved();
  }

  async saveErased(lead: Lead): Promise<void> {
    await this.unitOfWork.run((tx) => writeErasedLead(tx, lead));
    lead.markSaved();
  }
}
