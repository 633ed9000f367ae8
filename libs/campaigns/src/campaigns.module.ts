import { Module } from '@nestjs/common';
import { ChangeCampaignStatusHandler } from './application/commands/change-campaign-status/change-campaign-status.handler.js';
import { CreateCampaignHandler } from './application/commands/create-campaign/create-campaign.handler.js';
import { RegisterAffiliateHandler } from './application/commands/register-affiliate/register-affiliate.handler.js';
import { UpdateCampaignHandler } from './application/commands/update-campaign/update-campaign.handler.js';
import { GetAffiliateHandler } from './application/queries/get-affiliate/get-affiliate.handler.js';
import { GetCampaignHandler } from './application/queries/get-campaign/get-campaign.handler.js';
import { GetCampaignLinksHandler } from './application/queries/get-campaign-links/get-campaign-links.handler.js';
import { ListAffiliatesHandler } from './application/queries/list-affiliates/list-affiliates.handler.js';
import { ListCampaignsHandler } from './application/queries/list-campaigns/list-campaigns.handler.js';
import { ListTrackingChangesHandler } from './application/queries/list-tracking-changes/list-tracking-changes.handler.js';
import { AffiliateRepository } from './domain/affiliate.repository.js';
import { CampaignRepository } from './domain/campaign.repository.js';
import { AffiliatesController } from './http/affiliates.controller.js';
import { CampaignsController } from './http/campaigns.controller.js';
import { TypeormAffiliateRepository } from './infrastructure/typeorm-affiliate.repository.js';
import { TypeormCampaignRepository } from './infrastructure/typeorm-campaign.repository.js';

const commandHandlers = [
  CreateCampaignHandler,
  UpdateCampaignHandler,
  ChangeCampaignStatusHandler,
  RegisterAffiliateHandler,
];
const queryHandlers = [
  ListCampaignsHandler,
  GetCampaignHandler,
  GetCampaignLinksHandler,
  ListAffiliatesHandler,
  GetAffiliateHandler,
  ListTrackingChangesHandler,
];

@Module({
  controllers: [CampaignsController, AffiliatesController],
  providers: [
    ...commandHandlers,
    ...queryHandlers,
    { provide: CampaignRepository, useClass: TypeormCampaignRepository },
    { provide: AffiliateRepository, useClass: TypeormAffiliateRepository },
  ],
})
export class CampaignsModule {}
