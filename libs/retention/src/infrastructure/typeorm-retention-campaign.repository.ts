import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@app/platform';
import { RetentionCampaign } from '../domain/retention-campaign.js';
import { RetentionCampaignRepository } from '../domain/retention-campaign.repository.js';
import { campaignNotFound, versionConflict } from '../domain/retention.errors.js';
import { RetentionCampaignOrmEntity } from './retention-campaign.orm-entity.js';

/**
 * Loads and saves campaigns, each call its own unit of work (reads too: on SQLite's one
 * connection a bare read could see another unit's uncommitted rows). A save checks the version
 * it loaded, so concurrent edits 409.
 */
@Injectable()
export class TypeormRetentionCampaignRepository extends RetentionCampaignRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {
    super();
  }

  async load(id: string): Promise<RetentionCampaign> {
    const row = await this.unitOfWork.run(({ manager }) =>
      manager.findOneBy(RetentionCampaignOrmEntity, { id }),
    );
    if (!row) throw campaignNotFound(id);
    return RetentionCampaign.restore({ ...row });
  }

  async findActive(): Promise<RetentionCampaign[]> {
    const rows = await this.unitOfWork.run(({ manager }) =>
      manager.findBy(RetentionCampaignOrmEntity, { status: 'active' }),
    );
    return rows.map((row) => RetentionCampaign.restore({ ...row }));
  }

  async insert(campaign: RetentionCampaign): Promise<void> {
    await this.unitOfWork.run(({ manager }) =>
      manager.insert(RetentionCampaignOrmEntity, { ...campaign.snapshot }),
    );
  }

  async update(campaign: RetentionCampaign): Promise<void> {
    const state = campaign.snapshot;
    const result = await this.unitOfWork.run(({ manager }) =>
      manager.update(
        RetentionCampaignOrmEntity,
        { id: state.id, version: state.version - 1 },
        { ...state },
      ),
    );
    if (result.affected === 0) throw versionConflict(state.version - 1, state.version);
  }
}
