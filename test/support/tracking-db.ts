import type { Provider } from '@nestjs/common';
import type { DataSource, FindOptionsWhere } from 'typeorm';
import { newClickId } from '../../libs/tracking/src/domain/click-id.js';
import type {
  ClickRecord,
  ImpressionRecord,
} from '../../libs/tracking/src/infrastructure/click-storage/traffic-record.js';
import { PostgresTrafficBatchStore } from '../../libs/tracking/src/infrastructure/click-storage/postgres-traffic-batch-store.js';
import { SqliteTrafficBatchStore } from '../../libs/tracking/src/infrastructure/click-storage/sqlite-traffic-batch-store.js';
import { TrafficBatchStore } from '../../libs/tracking/src/infrastructure/click-storage/traffic-batch-store.js';
import { HourlyDimensionStatOrmEntity } from '../../libs/tracking/src/infrastructure/hourly-dimension-stat.orm-entity.js';
import { HourlyStatOrmEntity } from '../../libs/tracking/src/infrastructure/hourly-stat.orm-entity.js';

import { testDialect } from './test-database.js';

/** Tracking's rows for its db-specs: records as the click path makes them, rollups as stored. */

/** The click batch store of the database under test, as the tracking module picks it. */
export const trafficBatchStoreProvider = (): Provider => ({
  provide: TrafficBatchStore,
  useClass: testDialect() === 'postgres' ? PostgresTrafficBatchStore : SqliteTrafficBatchStore,
});

/** The counters both rollup tables keep, all zero: a hand-computed row names only what moved. */
export { NO_COUNTS } from '../../libs/tracking/src/application/queries/get-campaign-performance/campaign-performance.view.js';

/** A CPC campaign paying 25 minor units per unique clean click. */
export const CPC_25: ClickRecord['payout'] = {
  model: 'CPC',
  amountUnits: 25,
  currency: 'EUR',
  policy: 'fixed',
  maxUnits: null,
};

/**
 * A clean click sent to the offer, as the click path hands it to the batch: `visitor` names
 * the visitor's network, `at` the time; anything else may be overridden.
 */
export function clickRecord(
  visitor: string,
  at: string | Date,
  overrides: Partial<ClickRecord> = {},
): ClickRecord {
  const clickedAt = new Date(at);
  return {
    kind: 'click',
    id: newClickId(clickedAt),
    clickedAt,
    campaignId: 'campaign-k',
    affiliateId: 'affiliate-f',
    countedAffiliateId: 'affiliate-f',
    sub1: null,
    sub2: null,
    sub3: null,
    sub4: null,
    sub5: null,
    externalId: null,
    ip: visitor,
    visitorNetwork: visitor,
    userAgent: 'Mozilla/5.0',
    referrer: null,
    country: 'DE',
    deviceType: 'desktop',
    os: 'Linux',
    browser: 'Firefox',
    isBot: false,
    isBlocked: false,
    reasons: [],
    destinationKind: 'offer',
    destination: 'https://offer.example/landing',
    payout: CPC_25,
    ...overrides,
  };
}

export function impressionRecord(
  at: string | Date,
  overrides: Partial<ImpressionRecord> = {},
): ImpressionRecord {
  return {
    kind: 'impression',
    campaignId: 'campaign-k',
    affiliateId: 'affiliate-f',
    at: new Date(at),
    dimensions: { country: 'DE', device: 'desktop', sub1: null },
    ...overrides,
  };
}

/** The hourly rollup rows, in key order. */
export function hourlyRows(
  dataSource: DataSource,
  where: FindOptionsWhere<HourlyStatOrmEntity> = {},
): Promise<HourlyStatOrmEntity[]> {
  return dataSource
    .getRepository(HourlyStatOrmEntity)
    .find({ where, order: { hour: 'ASC', campaignId: 'ASC', affiliateId: 'ASC' } });
}

/** The dimensional rollup rows, in key order. */
export function dimensionRows(
  dataSource: DataSource,
  where: FindOptionsWhere<HourlyDimensionStatOrmEntity> = {},
): Promise<HourlyDimensionStatOrmEntity[]> {
  return dataSource.getRepository(HourlyDimensionStatOrmEntity).find({
    where,
    order: { dimension: 'ASC', hour: 'ASC', campaignId: 'ASC', affiliateId: 'ASC', value: 'ASC' },
  });
}
