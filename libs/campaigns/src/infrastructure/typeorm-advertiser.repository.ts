import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUniqueViolation } from '@app/platform';
import { DataSource } from 'typeorm';
import { Advertiser } from '../domain/advertiser.js';
import { AdvertiserRepository } from '../domain/advertiser.repository.js';
import { advertiserNameTaken } from '../domain/campaigns.errors.js';
import { AdvertiserOrmEntity } from './advertiser.orm-entity.js';

@Injectable()
export class TypeormAdvertiserRepository extends AdvertiserRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async findById(id: string): Promise<Advertiser | null> {
    const row = await this.dataSource.getRepository(AdvertiserOrmEntity).findOneBy({ id });
    return row ? Advertiser.restore(row) : null;
  }

  async findByName(name: string): Promise<Advertiser | null> {
    const row = await this.dataSource.getRepository(AdvertiserOrmEntity).findOneBy({ name });
    return row ? Advertiser.restore(row) : null;
  }

  async add(advertiser: Advertiser): Promise<void> {
    try {
      await this.dataSource.getRepository(AdvertiserOrmEntity).insert({ ...advertiser.snapshot });
    } catch (error) {
      // The unique index decides, so two simultaneous registrations cannot both pass.
      if (isUniqueViolation(error)) throw advertiserNameTaken(advertiser.name);
      throw error;
    }
  }
}
