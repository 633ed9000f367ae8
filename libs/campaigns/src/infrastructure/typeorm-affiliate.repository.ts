import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUniqueViolation, UnitOfWork } from '@app/platform';
import { DataSource } from 'typeorm';
import type { Affiliate } from '../domain/affiliate.js';
import { AffiliateRepository } from '../domain/affiliate.repository.js';
import { affiliateEmailTaken } from '../domain/campaigns.errors.js';
import { affiliateFromRow, affiliateToRow } from './affiliate.mapper.js';
import { AffiliateOrmEntity } from './affiliate.orm-entity.js';

@Injectable()
export class TypeormAffiliateRepository extends AffiliateRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {
    super();
  }

  async findById(id: string): Promise<Affiliate | null> {
    const row = await this.dataSource.getRepository(AffiliateOrmEntity).findOneBy({ id });
    return row ? affiliateFromRow(row) : null;
  }

  async save(affiliate: Affiliate): Promise<void> {
    const { id, ...changes } = affiliateToRow(affiliate);
    await this.dataSource.getRepository(AffiliateOrmEntity).update({ id }, changes);
  }

  async add(affiliate: Affiliate): Promise<void> {
    const events = affiliate.pullEvents();
    try {
      await this.unitOfWork.run(async (tx) => {
        await tx.manager.getRepository(AffiliateOrmEntity).insert(affiliateToRow(affiliate));
        await tx.recordEvents(events);
      });
    } catch (error) {
      // The unique index on email decides, so two simultaneous sign-ups cannot both pass.
      if (isUniqueViolation(error)) throw affiliateEmailTaken(affiliate.email);
      throw error;
    }
  }
}
