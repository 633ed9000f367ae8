import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnitOfWork } from '@app/platform';
import { DataSource } from 'typeorm';
import type { Campaign } from '../domain/campaign.js';
import { CampaignRepository } from '../domain/campaign.repository.js';
import { concurrentUpdate } from '../domain/campaigns.errors.js';
import { campaignFromRow, campaignToRow } from './campaign.mapper.js';
import { CampaignOrmEntity } from './campaign.orm-entity.js';

@Injectable()
export class TypeormCampaignRepository extends CampaignRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {
    super();
  }

  async findById(id: string): Promise<Campaign | null> {
    const row = await this.dataSource.getRepository(CampaignOrmEntity).findOneBy({ id });
    return row ? campaignFromRow(row) : null;
  }

  async save(campaign: Campaign): Promise<void> {
    const row = campaignToRow(campaign);
    const events = campaign.pullEvents();
    await this.unitOfWork.run(async (tx) => {
      const campaigns = tx.manager.getRepository(CampaignOrmEntity);
      if (campaign.version === 0) {
        await campaigns.insert(row);
      } else {
        // Only the version we read may be replaced: a concurrent save in between wins, we fail.
        const result = await campaigns.update({ id: row.id, version: campaign.version }, row);
        if (result.affected === 0) throw concurrentUpdate(row.id);
      }
      await tx.recordEvents(events);
    });
    campaign.markSaved();
  }
}
