// The campaigns context's public face: the only file other contexts and the app may import.
export { CampaignsModule } from './campaigns.module.js';
export { campaignsSchema } from './campaigns-schema.js';
export { CampaignCreatedEvent } from './domain/events/campaign-created.event.js';
export { CampaignUpdatedEvent } from './domain/events/campaign-updated.event.js';
export { CampaignStatusChangedEvent } from './domain/events/campaign-status-changed.event.js';
export { AffiliateRegisteredEvent } from './domain/events/affiliate-registered.event.js';
export { TrackingTermsChangedEvent } from './domain/events/tracking-terms-changed.event.js';
export type { CampaignStatus } from './domain/campaign-status.js';
export { ListAdvertiserCampaignIdsQuery } from './application/queries/list-advertiser-campaign-ids/list-advertiser-campaign-ids.query.js';
export { POSTBACK_URL_MACROS } from './domain/offer-url.js';
export { GetAffiliatePostbackUrlQuery } from './application/queries/get-affiliate-postback-url/get-affiliate-postback-url.query.js';
export { GetAdvertiserQuery } from './application/queries/get-advertiser/get-advertiser.query.js';
export type { AdvertiserView } from './application/queries/advertiser.view.js';
export { GetCampaignQuery } from './application/queries/get-campaign/get-campaign.query.js';
export type { CampaignView } from './application/queries/campaign.view.js';
export {
  type AffiliateTrackingView,
  type CampaignTrackingView,
  ListTrackingChangesQuery,
  type TrackingChanges,
} from './application/queries/list-tracking-changes/list-tracking-changes.query.js';
