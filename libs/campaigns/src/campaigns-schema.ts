import type { DatabaseSchema } from '@app/platform';
import { AffiliateOrmEntity } from './infrastructure/affiliate.orm-entity.js';
import { CampaignOrmEntity } from './infrastructure/campaign.orm-entity.js';
import { CreateCampaignsTables1764115300000 } from './infrastructure/migrations/1764115300000-create-campaigns-tables.js';

export const campaignsSchema: DatabaseSchema = {
  entities: [CampaignOrmEntity, AffiliateOrmEntity],
  migrations: [CreateCampaignsTables1764115300000],
};
