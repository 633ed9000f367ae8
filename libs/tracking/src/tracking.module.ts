import { Logger, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { QueueAffiliatePostbackHandler } from './application/events/queue-affiliate-postback.handler.js';
import { ListAffiliatePostbacksHandler } from './application/queries/list-affiliate-postbacks/list-affiliate-postbacks.handler.js';
import { AffiliatePostbacksController } from './http/affiliate-postbacks.controller.js';
import { AffiliatePostbackDelivery } from './infrastructure/affiliate-postbacks/affiliate-postback-delivery.js';
import { AffiliatePostbackJob } from './infrastructure/affiliate-postbacks/affiliate-postback.job.js';
import { AffiliatePostbackQueue } from './infrastructure/affiliate-postbacks/affiliate-postback-queue.js';
import { AddBlocklistEntryHandler } from './application/commands/add-blocklist-entry/add-blocklist-entry.handler.js';
import { RecordConversionHandler } from './application/commands/record-conversion/record-conversion.handler.js';
import { RotatePostbackSecretHandler } from './application/commands/rotate-postback-secret/rotate-postback-secret.handler.js';
import { AuthenticatePostbackHandler } from './application/queries/authenticate-postback/authenticate-postback.handler.js';
import { GetAdvertiserPostbackUrlHandler } from './application/queries/get-advertiser-postback-url/get-advertiser-postback-url.handler.js';
import { PostbackCredentialStore } from './domain/postback-credential.store.js';
import { AdvertiserPostbackCredentialsController } from './http/advertiser-postback-credentials.controller.js';
import { TypeormPostbackCredentialStore } from './infrastructure/postback-credentials/typeorm-postback-credential.store.js';
import { RecordClickHandler } from './application/commands/record-click/record-click.handler.js';
import { ForgetClickVisitorsHandler } from './application/commands/forget-click-visitors/forget-click-visitors.handler.js';
import { RecordImpressionHandler } from './application/commands/record-impression/record-impression.handler.js';
import { RemoveBlocklistEntryHandler } from './application/commands/remove-blocklist-entry/remove-blocklist-entry.handler.js';
import { CallerRows } from './application/queries/caller/caller-rows.js';
import { GetConversionHandler } from './application/queries/get-conversion/get-conversion.handler.js';
import { ListConversionsHandler } from './application/queries/list-conversions/list-conversions.handler.js';
import { ListBlocklistEntriesHandler } from './application/queries/list-blocklist-entries/list-blocklist-entries.handler.js';
import { GetCampaignPerformanceHandler } from './application/queries/get-campaign-performance/get-campaign-performance.handler.js';
import { GetTrafficByMinuteHandler } from './application/queries/get-traffic-by-minute/get-traffic-by-minute.handler.js';
import { GetTrafficStatsHandler } from './application/queries/get-traffic-stats/get-traffic-stats.handler.js';
import { GetClickHandler } from './application/queries/get-click/get-click.handler.js';
import { ListClicksHandler } from './application/queries/list-clicks/list-clicks.handler.js';
import { ListApprovedConversionsHandler } from './application/queries/list-approved-conversions/list-approved-conversions.handler.js';
import { ListCustomerClicksHandler } from './application/queries/list-customer-clicks/list-customer-clicks.handler.js';
import { ListCustomerConversionsHandler } from './application/queries/list-customer-conversions/list-customer-conversions.handler.js';
import { BlocklistEntryRepository } from './domain/blocklist-entry.repository.js';
import { ForgetCachesOnResetHandler } from './application/events/forget-caches-on-reset.handler.js';
import { ForgetChangedTrackingTermsHandler } from './application/events/forget-changed-tracking-terms.handler.js';
import { EraseCustomerTrackingDataHandler } from './application/events/erase-customer-tracking-data.handler.js';
import { CustomerTrackingEraser } from './infrastructure/customer-tracking-eraser.js';
import { GeoLocator } from './domain/geo-locator.port.js';
import { IpRateLimiter } from './domain/ip-rate-limiter.js';
import { BlocklistsController } from './http/blocklists.controller.js';
import { CampaignPerformanceController } from './http/campaign-performance.controller.js';
import { ClicksController } from './http/clicks.controller.js';
import { ClickController } from './http/click.controller.js';
import { ConversionsController } from './http/conversions.controller.js';
import { PostbackController } from './http/postback.controller.js';
import { BlocklistCache } from './infrastructure/blocklist-cache.js';
import { CampaignDirectory } from './infrastructure/campaign-directory.js';
import { ClickLookup } from './infrastructure/click-lookup.js';
import { ConversionStore } from './infrastructure/conversion-store.js';
import { PostgresTrafficBatchStore } from './infrastructure/click-storage/postgres-traffic-batch-store.js';
import { SqliteTrafficBatchStore } from './infrastructure/click-storage/sqlite-traffic-batch-store.js';
import { TrafficBatchStore } from './infrastructure/click-storage/traffic-batch-store.js';
import { TrafficBatchWriter } from './infrastructure/click-storage/traffic-batch-writer.js';
import { HostedGeoLocator } from './infrastructure/geolocation/hosted-geo-locator.js';
import { IpinfoCountryClient } from './infrastructure/geolocation/ipinfo-country-client.js';
import { OfflineGeoLocator } from './infrastructure/geolocation/offline-geo-locator.js';
import { PurgeFingerprintsJob } from './infrastructure/purge-fingerprints.job.js';
import { TruncateClickIpsJob } from './infrastructure/truncate-click-ips.job.js';
import { SpendCache } from './infrastructure/spend-cache.js';
import { TypeormBlocklistEntryRepository } from './infrastructure/typeorm-blocklist-entry.repository.js';
import { UserAgentClassifier } from './infrastructure/user-agent-classifier.js';

const commandHandlers = [
  RecordClickHandler,
  RecordImpressionHandler,
  ForgetClickVisitorsHandler,
  AddBlocklistEntryHandler,
  RemoveBlocklistEntryHandler,
  RecordConversionHandler,
  RotatePostbackSecretHandler,
];
const queryHandlers = [
  ListBlocklistEntriesHandler,
  ListConversionsHandler,
  GetConversionHandler,
  GetClickHandler,
  ListClicksHandler,
  GetCampaignPerformanceHandler,
  ListApprovedConversionsHandler,
  ListCustomerClicksHandler,
  ListCustomerConversionsHandler,
  GetTrafficStatsHandler,
  GetTrafficByMinuteHandler,
  ListAffiliatePostbacksHandler,
  AuthenticatePostbackHandler,
  GetAdvertiserPostbackUrlHandler,
];

/** The offline database, or with IP_GEOLOCATION_API_KEY the hosted service in front of it. */
function geoLocator(config: AppConfig): GeoLocator {
  const offline = new OfflineGeoLocator();
  if (!config.ipGeolocationApiKey) return offline;
  const logger = new Logger('HostedGeoLocator');
  return new HostedGeoLocator(
    offline,
    new IpinfoCountryClient(config.ipGeolocationUrl, config.ipGeolocationApiKey),
    { warn: (message) => logger.warn(message) },
  );
}

@Module({
  controllers: [
    ClickController,
    BlocklistsController,
    PostbackController,
    ConversionsController,
    ClicksController,
    CampaignPerformanceController,
    AffiliatePostbacksController,
    AdvertiserPostbackCredentialsController,
  ],
  providers: [
    ...commandHandlers,
    ...queryHandlers,
    CallerRows,
    ForgetCachesOnResetHandler,
    ForgetChangedTrackingTermsHandler,
    EraseCustomerTrackingDataHandler,
    CustomerTrackingEraser,
    QueueAffiliatePostbackHandler,
    AffiliatePostbackQueue,
    AffiliatePostbackDelivery,
    AffiliatePostbackJob,
    CampaignDirectory,
    BlocklistCache,
    SpendCache,
    UserAgentClassifier,
    PostgresTrafficBatchStore,
    SqliteTrafficBatchStore,
    {
      provide: TrafficBatchStore,
      inject: [APP_CONFIG, PostgresTrafficBatchStore, SqliteTrafficBatchStore],
      useFactory: (config: AppConfig, postgres: TrafficBatchStore, sqlite: TrafficBatchStore) =>
        config.database.type === 'postgres' ? postgres : sqlite,
    },
    TrafficBatchWriter,
    ClickLookup,
    PurgeFingerprintsJob,
    TruncateClickIpsJob,
    ConversionStore,
    {
      provide: GeoLocator,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): GeoLocator => geoLocator(config),
    },
    { provide: BlocklistEntryRepository, useClass: TypeormBlocklistEntryRepository },
    { provide: PostbackCredentialStore, useClass: TypeormPostbackCredentialStore },
    {
      provide: IpRateLimiter,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new IpRateLimiter(config.clickRateLimitPerIp),
    },
  ],
})
export class TrackingModule {}
