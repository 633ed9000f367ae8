import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RetentionCampaign } from '../domain/retention-campaign.js';
import { campaignNotFound, versionConflict } from '../domain/retention.errors.js';
import { RetentionCampaignOrmEntity } from './retention-campaign.orm-entity.js';

/** Loads and saves campaigns; a save checks the version it loaded, so concurrent edits 409. */
@Injectable()
export class RetentionCampaignRepository {
  async load(manager: EntityManager, id: string): Promise<RetentionCampaign> {
    const row = await manager.findOneBy(RetentionCampaignOrmEntity, { id });
    if (!row) throw campaignNotFound(id);
    return RetentionCampaign.restore({ ...row });
  }

  async insert(manager: EntityManager, campaign: RetentionCampaign): Promise<void> {
    await manager.insert(RetentionCampaignOrmEntity, { ...campaign.snapshot });
  }

  async update(manager: EntityManager, campaign: RetentionCampaign): Promise<void> {
    const state = campaign.snapshot;
    const result = await manager.update(
      RetentionCampaignOrmEntity,
      { id: state.id, version: state.version - 1 },
      { ...state },
    );
    if (result.affected === 0) throw versionConflict(state.version - 1, state.version);
  }
}
