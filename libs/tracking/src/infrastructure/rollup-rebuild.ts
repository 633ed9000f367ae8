const HOUR_MS = 3_600_000;
const wholeHour = (time: Date, round: (hours: number) => number) =>
  new Date(round(time.getTime() / HOUR_MS) * HOUR_MS);

/** Anything that runs a parameterised statement: node-postgres' Client or Pool, TypeORM's query. */
export interface SqlRunner {
  query(text: string, values?: unknown[]): Promise<unknown>;
}

const HOUR = `date_trunc('hour', %s AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'`;
const hourOf = (column: string) => HOUR.replace('%s', column);
/** The affiliate the click path credits: none for an id that named no affiliate. */
const COUNTED_AFFILIATE = `CASE WHEN c.reasons ? 'affiliate_unknown' THEN '' ELSE coalesce(c.affiliate_id, '') END`;
const COUNTERS = [
  'clicks',
  'offer_clicks',
  'unique_clicks',
  'bot_clicks',
  'blocked_clicks',
  'conversions',
  'fraudulent_conversions',
  'revenue_minor',
  'payout_minor',
  'converted_clicks',
];
const DIMENSIONS = `(VALUES ('country', coalesce(c.country, '')), ('device', coalesce(c.device_type, '')), ('sub1', coalesce(c.sub1, ''))) AS d(dimension, value)`;

/** A unique click with an approved conversion: counted in the click's hour, as the API does. */
const CONVERTED = `c.is_unique AND EXISTS (SELECT 1 FROM conversions v
  WHERE v.click_id = c.id AND v.clicked_at = c.clicked_at AND v.status = 'approved')`;
/** Click counters per key, from raw clicks of [$1, $2). */
const CLICK_SUMS = (keys: string) => `
  SELECT ${keys}, count(*) AS clicks, sum((c.destination_kind = 'offer')::int) AS offer_clicks,
         sum(c.is_unique::int) AS unique_clicks,
         sum(c.is_bot::int) AS bot_clicks, sum(c.is_blocked::int) AS blocked_clicks,
         0 AS conversions, 0 AS fraudulent_conversions, 0 AS revenue_minor, 0 AS payout_minor,
         sum((${CONVERTED})::int) AS converted_clicks`;
/** Approved conversions per key, counted in the hour of their last change, as the API does. */
const CONVERSION_SUMS = (keys: string) => `
  SELECT ${keys}, 0, 0, 0, 0, 0, count(*), 0, sum(coalesce(v.revenue_minor, 0)), sum(v.payout_minor), 0`;
/** Conversions of fraudulent clicks per key, counted in the hour they were reported. */
const FRAUD_SUMS = (keys: string) => `SELECT ${keys}, 0, 0, 0, 0, 0, 0, count(*), 0, 0, 0`;

/**
 * Rebuilds the hourly rollups of [from, to) from the raw clicks and conversions (PostgreSQL),
 * in one transaction: for backfills, repairs and loading generated data. A row counts a whole
 * hour, so the range is widened to whole hours: an hour the range starts or ends inside is
 * rebuilt whole, not overwritten with the part of it in range. The counters are
 * those the click batch and the conversion store write, with two limits a rebuild cannot
 * lift: impressions have no raw rows, so they are kept as they are (hourly and by dimension);
 * and a CPC campaign's payout for unique clicks is not stored on the click, so only
 * conversions' payouts are rebuilt. A status change is counted in the hour of the conversion's last update.
 */
export async function rebuildRollups(runner: SqlRunner, from: Date, to: Date): Promise<void> {
  const hours = [wholeHour(from, Math.floor), wholeHour(to, Math.ceil)];
  const range = (column: string) => `${column} >= $1 AND ${column} < $2`;
  const set = COUNTERS.map((counter) => `${counter} = EXCLUDED.${counter}`).join(', ');
  const add = (table: string) =>
    COUNTERS.map((counter) => `${counter} = ${table}.${counter} + EXCLUDED.${counter}`).join(', ');
  const approved = `v.status = 'approved' AND ${range('v.updated_at')}`;
  const fraudulent = `v.status_reason = 'fraudulent_click' AND ${range('v.converted_at')}`;
  /** The conversion statements, once for approved conversions and once for fraudulent ones. */
  const conversionInserts = (
    statement: (sums: typeof CONVERSION_SUMS, time: string, where: string) => string,
  ) => [
    statement(CONVERSION_SUMS, 'v.updated_at', approved),
    statement(FRAUD_SUMS, 'v.converted_at', fraudulent),
  ];
  const statements = [
    'BEGIN',
    `UPDATE hourly_dimension_stats SET ${COUNTERS.map((counter) => `${counter} = 0`).join(', ')} WHERE ${range('hour')}`,
    `UPDATE hourly_stats SET ${COUNTERS.map((counter) => `${counter} = 0`).join(', ')} WHERE ${range('hour')}`,
    `INSERT INTO hourly_stats (hour, campaign_id, affiliate_id, ${COUNTERS.join(', ')})
     ${CLICK_SUMS(`${hourOf('c.clicked_at')}, c.campaign_id, ${COUNTED_AFFILIATE}`)}
     FROM clicks c WHERE ${range('c.clicked_at')} GROUP BY 1, 2, 3
     ON CONFLICT (hour, campaign_id, affiliate_id) DO UPDATE SET ${set}`,
    ...conversionInserts(
      (
        sums,
        time,
        where,
      ) => `INSERT INTO hourly_stats (hour, campaign_id, affiliate_id, ${COUNTERS.join(', ')})
     ${sums(`${hourOf(time)}, v.campaign_id, coalesce(v.affiliate_id, '')`)}
     FROM conversions v WHERE ${where} GROUP BY 1, 2, 3
     ON CONFLICT (hour, campaign_id, affiliate_id) DO UPDATE SET ${add('hourly_stats')}`,
    ),
    `INSERT INTO hourly_dimension_stats (dimension, hour, campaign_id, affiliate_id, value, ${COUNTERS.join(', ')})
     ${CLICK_SUMS(`d.dimension, ${hourOf('c.clicked_at')}, c.campaign_id, ${COUNTED_AFFILIATE}, d.value`)}
     FROM clicks c CROSS JOIN LATERAL ${DIMENSIONS}
     WHERE ${range('c.clicked_at')} GROUP BY 1, 2, 3, 4, 5
     ON CONFLICT (dimension, hour, campaign_id, affiliate_id, value) DO UPDATE SET ${set}`,
    ...conversionInserts(
      (
        sums,
        time,
        where,
      ) => `INSERT INTO hourly_dimension_stats (dimension, hour, campaign_id, affiliate_id, value, ${COUNTERS.join(', ')})
     ${sums(`d.dimension, ${hourOf(time)}, v.campaign_id, coalesce(v.affiliate_id, ''), d.value`)}
     FROM conversions v JOIN clicks c ON c.clicked_at = v.clicked_at AND c.id = v.click_id
     CROSS JOIN LATERAL ${DIMENSIONS}
     WHERE ${where} GROUP BY 1, 2, 3, 4, 5
     ON CONFLICT (dimension, hour, campaign_id, affiliate_id, value) DO UPDATE SET ${add('hourly_dimension_stats')}`,
    ),
    'COMMIT',
  ];
  try {
    for (const statement of statements)
      await runner.query(statement, statement.includes('$1') ? hours : []);
  } catch (error) {
    await runner.query('ROLLBACK');
    throw error;
  }
}
