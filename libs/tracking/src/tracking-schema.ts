import type { DatabaseSchema } from '@app/platform';
import { AffiliatePostbackOrmEntity } from './infrastructure/affiliate-postbacks/affiliate-postback.orm-entity.js';
import { BlocklistEntryOrmEntity } from './infrastructure/blocklist-entry.orm-entity.js';
import { ClickFingerprintOrmEntity } from './infrastructure/click-fingerprint.orm-entity.js';
import { ClickOrmEntity } from './infrastructure/click.orm-entity.js';
import { ConversionOrmEntity } from './infrastructure/conversion.orm-entity.js';
import { HourlyDimensionStatOrmEntity } from './infrastructure/hourly-dimension-stat.orm-entity.js';
import { HourlyStatOrmEntity } from './infrastructure/hourly-stat.orm-entity.js';
import { CreateTrackingTables1764201600000 } from './infrastructure/migrations/1764201600000-create-tracking-tables.js';
import { CreateConversions1764288000000 } from './infrastructure/migrations/1764288000000-create-conversions.js';
import { IndexCustomerTouchpoints1764720000000 } from './infrastructure/migrations/1764720000000-index-customer-touchpoints.js';
import { MakeClickVisitorDataErasable1764720100000 } from './infrastructure/migrations/1764720100000-make-click-visitor-data-erasable.js';
import { CreateHourlyDimensionStats1764806400000 } from './infrastructure/migrations/1764806400000-create-hourly-dimension-stats.js';
import { CountImpressionsByDimension1764900000000 } from './infrastructure/migrations/1764900000000-count-impressions-by-dimension.js';
import { CountConvertedClicks1765300000000 } from './infrastructure/migrations/1765300000000-count-converted-clicks.js';
import { CreateAffiliatePostbacks1765100000000 } from './infrastructure/migrations/1765100000000-create-affiliate-postbacks.js';
import { CreateAdvertiserPostbackCredentials1765200000000 } from './infrastructure/migrations/1765200000000-create-advertiser-postback-credentials.js';
import { PostbackCredentialOrmEntity } from './infrastructure/postback-credentials/postback-credential.orm-entity.js';
import { RecordReportedPayoutAndFraud1765317100000 } from './infrastructure/migrations/1765317100000-record-reported-payout-and-fraud.js';
import { CountOfferClicks1765400000000 } from './infrastructure/migrations/1765400000000-count-offer-clicks.js';

export const trackingSchema: DatabaseSchema = {
  entities: [
    ClickOrmEntity,
    ClickFingerprintOrmEntity,
    HourlyStatOrmEntity,
    HourlyDimensionStatOrmEntity,
    BlocklistEntryOrmEntity,
    ConversionOrmEntity,
    AffiliatePostbackOrmEntity,
    PostbackCredentialOrmEntity,
  ],
  migrations: [
    CreateTrackingTables1764201600000,
    CreateConversions1764288000000,
    IndexCustomerTouchpoints1764720000000,
    MakeClickVisitorDataErasable1764720100000,
    CreateHourlyDimensionStats1764806400000,
    CountImpressionsByDimension1764900000000,
    CreateAffiliatePostbacks1765100000000,
    CreateAdvertiserPostbackCredentials1765200000000,
    CountConvertedClicks1765300000000,
    RecordReportedPayoutAndFraud1765317100000,
    CountOfferClicks1765400000000,
  ],
};
