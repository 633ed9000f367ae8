import type { DatabaseSchema } from '@app/platform';
import { AdvertiserOrmEntity } from './infrastructure/advertiser.orm-entity.js';
import { AffiliateOrmEntity } from './infrastructure/affiliate.orm-entity.js';
import { CampaignOrmEntity } from './infrastructure/campaign.orm-entity.js';
import { AddCampaignPayoutPolicy1765317000000 } from './infrastructure/migrations/1765317000000-add-campaign-payout-policy.js';
import { CreateAdvertisers1764640100000 } from './infrastructure/migrations/1764640100000-create-advertisers.js';
import { EveryCampaignHasAnAdvertiser1765200100000 } from './infrastructure/migrations/1765200100000-every-campaign-has-an-advertiser.js';
import { CreateCampaignsTables1764115300000 } from './infrastructure/migrations/1764115300000-create-campaigns-tables.js';

export const campaignsSchema: DatabaseSchema = {
  entities: [CampaignOrmEntity, AffiliateOrmEntity, AdvertiserOrmEntity],
  migrations: [
    CreateCampaignsTables1764115300000,
    CreateAdvertisers1764640100000,
    EveryCampaignHasAnAdvertiser1765200100000,
    AddCampaignPayoutPolicy1765317000000,
  ],
};
