import { Module } from '@nestjs/common';
import { AdvertiserOfCampaign } from './application/commands/advertiser-of-campaign.js';
import { ChangeAffiliatePostbackHandler } from './application/commands/change-affiliate-postback/change-affiliate-postback.handler.js';
import { ChangeAffiliateStatusHandler } from './application/commands/change-affiliate-status/change-affiliate-status.handler.js';
import { RegisterAdvertiserHandler } from './application/commands/register-advertiser/register-advertiser.handler.js';
import { GetAdvertiserHandler } from './application/queries/get-advertiser/get-advertiser.handler.js';
import { GetAffiliatePostbackUrlHandler } from './application/queries/get-affiliate-postback-url/get-affiliate-postback-url.handler.js';
import { KeyHolderStandingHandler } from './application/queries/key-holder-standing/key-holder-standing.handler.js';
import { ListAdvertiserCampaignIdsHandler } from './application/queries/list-advertiser-campaign-ids/list-advertiser-campaign-ids.handler.js';
import { ListAdvertisersHandler } from './application/queries/list-advertisers/list-advertisers.handler.js';
import { AdvertiserRepository } from './domain/advertiser.repository.js';
import { AdvertisersController } from './http/advertisers.controller.js';
import { TypeormAdvertiserRepository } from './infrastructure/typeorm-advertiser.repository.js';
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
  ChangeAffiliatePostbackHandler,
  ChangeAffiliateStatusHandler,
  RegisterAdvertiserHandler,
];
const queryHandlers = [
  ListCampaignsHandler,
  GetCampaignHandler,
  GetCampaignLinksHandler,
  ListAffiliatesHandler,
  GetAffiliateHandler,
  ListTrackingChangesHandler,
  ListAdvertisersHandler,
  GetAdvertiserHandler,
  ListAdvertiserCampaignIdsHandler,
  KeyHolderStandingHandler,
  GetAffiliatePostbackUrlHandler,
];

@Module({
  controllers: [CampaignsController, AffiliatesController, AdvertisersController],
  providers: [
    ...commandHandlers,
    ...queryHandlers,
    { provide: CampaignRepository, useClass: TypeormCampaignRepository },
    { provide: AffiliateRepository, useClass: TypeormAffiliateRepository },
    { provide: AdvertiserRepository, useClass: TypeormAdvertiserRepository },
    AdvertiserOfCampaign,
  ],
})
export class CampaignsModule {}
