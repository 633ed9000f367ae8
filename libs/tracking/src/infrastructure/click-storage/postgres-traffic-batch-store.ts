import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { dimensionValue } from '../../domain/traffic-dimensions.js';
import { hourOf } from '../hourly-rollup.js';
import {
  DUPLICATE_WINDOW_MS,
  payoutIfUnique,
  type StoredBatch,
  storedBatch,
  TrafficBatchStore,
  uniquenessCandidates,
} from './traffic-batch-store.js';
import type { ClickRecord, ImpressionRecord, TrafficRecord } from './traffic-record.js';

const CLICK_COLUMNS = [
  ['id', 'varchar'],
  ['clicked_at', 'timestamptz'],
  ['campaign_id', 'varchar'],
  ['affiliate_id', 'varchar'],
  ['sub1', 'varchar'],
  ['sub2', 'varchar'],
  ['sub3', 'varchar'],
  ['sub4', 'varchar'],
  ['sub5', 'varchar'],
  ['external_id', 'varchar'],
  ['ip', 'varchar'],
  ['user_agent', 'varchar'],
  ['referrer', 'varchar'],
  ['country', 'varchar'],
  ['device_type', 'varchar'],
  ['os', 'varchar'],
  ['browser', 'varchar'],
  ['is_bot', 'boolean'],
  ['is_blocked', 'boolean'],
  ['reasons', 'jsonb'],
  ['destination_kind', 'varchar'],
  ['destination', 'text'],
] as const;
/**
 * Beyond the stored columns: the fingerprint a click may claim, what it pays if unique, and the
 * affiliate its counters credit.
 */
const INPUT_COLUMNS = [
  ...CLICK_COLUMNS,
  ['fingerprint', 'varchar'],
  ['payout_if_unique', 'bigint'],
  ['counted_affiliate_id', 'varchar'],
] as const;
const COUNTERS = [
  'impressions',
  'clicks',
  'offer_clicks',
  'unique_clicks',
  'bot_clicks',
  'blocked_clicks',
  'payout_minor',
];

/**
 * Parameters: $1 the clicks, $2 the start of the duplicate window, $3 the impressions. Each list
 * travels as one jsonb array of rows (each row an array in column order): node-postgres
 * serialises it in one JSON.stringify instead of escaping every element of one array per
 * column, and PostgreSQL parses it once. jsonb, not json: `->>` on json re-reads the text for
 * every column. A batch of 40 clicks stored in 2.2 ms instead of 3.8 ms.
 */
const fromJsonRow = (name: string, type: string, index: number) =>
  type === 'jsonb' ? `(r->${index})::jsonb AS ${name}` : `(r->>${index})::${type} AS ${name}`;

/**
 * The whole batch as ONE statement: the fingerprint claim, the insert and the two counter
 * upserts (hourly, and hourly by country, device and sub1) are chained data-modifying CTEs. One
 * round trip and one commit per batch, with no BEGIN/COMMIT of its own: a single statement is
 * atomic, so the clicks and their counters still commit together.
 *
 * Lock order: postbacks update the same counter rows in their own transactions (the hourly row,
 * then one row per dimension in dimension order). So that a batch and a postback never wait on
 * each other in a circle (PostgreSQL would abort one as a deadlock), the batch takes its rows
 * in the same order: every hourly row, in key order, before any dimensional row, in key order.
 * CTEs run in no set order, so the dimensional upsert first counts every row the hourly one
 * returns (an InitPlan, read before its first row).
 */
const STATEMENT = `
WITH input AS (
  SELECT ${INPUT_COLUMNS.map(([name, type], index) => fromJsonRow(name, type, index)).join(', ')}
  FROM jsonb_array_elements($1::jsonb) AS e(r)
),
claimed AS (
  INSERT INTO click_fingerprints (fingerprint, last_seen)
  SELECT fingerprint, clicked_at FROM input WHERE fingerprint IS NOT NULL
  ON CONFLICT (fingerprint) DO UPDATE SET last_seen = EXCLUDED.last_seen
  WHERE click_fingerprints.last_seen <= $2
  RETURNING fingerprint
),
stored AS (
  INSERT INTO clicks (${CLICK_COLUMNS.map(([name]) => name).join(', ')}, is_unique)
  SELECT ${CLICK_COLUMNS.map(([name]) => name).join(', ')},
         fingerprint IS NOT NULL AND fingerprint IN (SELECT fingerprint FROM claimed)
  FROM input
  RETURNING id, is_unique
),
clicked AS (
  SELECT date_trunc('hour', i.clicked_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS hour,
         i.campaign_id, coalesce(i.counted_affiliate_id, '') AS affiliate_id,
         1 AS clicks, (i.destination_kind = 'offer')::int AS offer_clicks, s.is_unique::int AS unique_clicks, i.is_bot::int AS bot_clicks,
         i.is_blocked::int AS blocked_clicks, CASE WHEN s.is_unique THEN i.payout_if_unique ELSE 0 END AS payout_minor,
         coalesce(i.country, '') AS country, coalesce(i.device_type, '') AS device, coalesce(i.sub1, '') AS sub1
  FROM stored s JOIN input i USING (id)
),
viewed AS (
  SELECT (r->>0)::timestamptz AS hour, (r->>1)::varchar AS campaign_id, (r->>2)::varchar AS affiliate_id,
         1 AS impressions, (r->>3)::varchar AS country, (r->>4)::varchar AS device, (r->>5)::varchar AS sub1
  FROM jsonb_array_elements($3::jsonb) AS e(r)
),
counted AS (
  SELECT hour, campaign_id, affiliate_id, 0 AS impressions, clicks, offer_clicks, unique_clicks,
         bot_clicks, blocked_clicks, payout_minor, country, device, sub1
  FROM clicked
  UNION ALL
  SELECT hour, campaign_id, affiliate_id, impressions, 0, 0, 0, 0, 0, 0, country, device, sub1
  FROM viewed
),
rolled AS (
  INSERT INTO hourly_stats (hour, campaign_id, affiliate_id, ${COUNTERS.join(', ')})
  SELECT hour, campaign_id, affiliate_id, ${COUNTERS.map((c) => `sum(${c})`).join(', ')}
  FROM counted GROUP BY hour, campaign_id, affiliate_id
  ORDER BY hour, campaign_id, affiliate_id
  ON CONFLICT (hour, campaign_id, affiliate_id) DO UPDATE SET
    ${COUNTERS.map((c) => `${c} = hourly_stats.${c} + EXCLUDED.${c}`).join(', ')}
  RETURNING 1
),
dimensioned AS (
  INSERT INTO hourly_dimension_stats (dimension, hour, campaign_id, affiliate_id, value, ${COUNTERS.join(', ')})
  SELECT d.dimension, c.hour, c.campaign_id, c.affiliate_id, d.value,
         ${COUNTERS.map((counter) => `sum(c.${counter})`).join(', ')}
  FROM counted c
  CROSS JOIN LATERAL (VALUES ('country', c.country), ('device', c.device), ('sub1', c.sub1)) AS d(dimension, value)
  WHERE (SELECT count(*) FROM rolled) >= 0
  GROUP BY d.dimension, c.hour, c.campaign_id, c.affiliate_id, d.value
  ORDER BY d.dimension, c.hour, c.campaign_id, c.affiliate_id, d.value
  ON CONFLICT (dimension, hour, campaign_id, affiliate_id, value) DO UPDATE SET
    ${COUNTERS.map((c) => `${c} = hourly_dimension_stats.${c} + EXCLUDED.${c}`).join(', ')}
)
SELECT id FROM stored WHERE is_unique`;

@Injectable()
export class PostgresTrafficBatchStore extends TrafficBatchStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async store(records: readonly TrafficRecord[]): Promise<StoredBatch> {
    const clicks = records.filter((record): record is ClickRecord => record.kind === 'click');
    const impressions = records.filter(
      (record): record is ImpressionRecord => record.kind === 'impression',
    );
    const claimable = new Map(
      [...uniquenessCandidates(clicks)].map(([fingerprint, click]) => [click.id, fingerprint]),
    );
    const clickRows = clicks.map((click) => [
      ...clickValues(click),
      claimable.get(click.id) ?? null,
      payoutIfUnique(click),
      click.countedAffiliateId,
    ]);
    const windowStart = new Date(
      (clicks[0]?.clickedAt.getTime() ?? Date.now()) - DUPLICATE_WINDOW_MS,
    );
    const impressionRows = impressions.map((impression) => [
      hourOf(impression.at),
      impression.campaignId,
      impression.affiliateId ?? '',
      dimensionValue(impression.dimensions.country),
      dimensionValue(impression.dimensions.device),
      dimensionValue(impression.dimensions.sub1),
    ]);
    const { rows } = await this.pool().query<{ id: string }>({
      // A named statement is parsed and planned once per connection, not once per batch:
      // planning this statement costs about as much as running it.
      name: 'store-traffic-batch-v7',
      text: STATEMENT,
      values: [JSON.stringify(clickRows), windowStart, JSON.stringify(impressionRows)],
    });
    return storedBatch(records, new Set(rows.map((row) => row.id)));
  }

  /** node-postgres' pool behind TypeORM: TypeORM's query() cannot run named statements. */
  private pool(): Pool {
    return (this.dataSource.driver as unknown as { master: Pool }).master;
  }
}

function clickValues(click: ClickRecord): unknown[] {
  return [
    click.id,
    click.clickedAt,
    click.campaignId,
    click.affiliateId,
    click.sub1,
    click.sub2,
    click.sub3,
    click.sub4,
    click.sub5,
    click.externalId,
    click.ip,
    click.userAgent,
    click.referrer,
    click.country,
    click.deviceType,
    click.os,
    click.browser,
    click.isBot,
    click.isBlocked,
    click.reasons,
    click.destinationKind,
    click.destination,
  ];
}
