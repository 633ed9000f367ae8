import type { EntityManager } from 'typeorm';
import { dimensionValue, ROLLUP_DIMENSIONS } from '../domain/traffic-dimensions.js';
import { type SqlDialect, timeParameter, valuesList } from './click-storage/dialect-sql.js';
import { hourOf, ROLLUP_COUNTERS as COUNTERS, type RollupDelta } from './rollup-delta.js';

type DimensionDelta = Omit<RollupDelta, 'dimensions'> & { dimension: string; value: string };

/**
 * Adds the deltas that carry a click's attributes to the dimensional counters, one row per
 * dimension, in one upsert inside the caller's transaction. Rows for the same key are merged
 * first: one statement may not touch a row twice.
 */
export async function addToDimensionRollups(
  manager: EntityManager,
  dialect: SqlDialect,
  deltas: readonly RollupDelta[],
): Promise<void> {
  const rows = mergeByKey(deltas);
  if (rows.length === 0) return;
  const columns = [
    'dimension',
    'hour',
    'campaign_id',
    'affiliate_id',
    'value',
    ...COUNTERS.map(([, column]) => column),
  ];
  const parameters = rows.flatMap((row) => [
    row.dimension,
    timeParameter(dialect, row.hour),
    row.campaignId,
    row.affiliateId ?? '',
    row.value,
    ...COUNTERS.map(([key]) => row[key] ?? 0),
  ]);
  const increments = COUNTERS.map(
    ([, column]) => `${column} = hourly_dimension_stats.${column} + excluded.${column}`,
  );
  await manager.query(
    `INSERT INTO hourly_dimension_stats (${columns.join(', ')}) VALUES ${valuesList(dialect, rows.length, columns.length)}
     ON CONFLICT (dimension, hour, campaign_id, affiliate_id, value) DO UPDATE SET ${increments.join(', ')}`,
    parameters,
  );
}

function mergeByKey(deltas: readonly RollupDelta[]): DimensionDelta[] {
  const byKey = new Map<string, DimensionDelta>();
  for (const { dimensions, ...delta } of deltas) {
    if (!dimensions) continue;
    const hour = hourOf(delta.hour);
    for (const dimension of ROLLUP_DIMENSIONS) {
      const value = dimensionValue(dimensions[dimension]);
      const key = `${dimension}|${hour.getTime()}|${delta.campaignId}|${delta.affiliateId ?? ''}|${value}`;
      const sum = byKey.get(key) ?? {
        dimension,
        value,
        hour,
        campaignId: delta.campaignId,
        affiliateId: delta.affiliateId,
      };
      for (const [counter] of COUNTERS) sum[counter] = (sum[counter] ?? 0) + (delta[counter] ?? 0);
      byKey.set(key, sum);
    }
  }
  // The click batch takes dimensional rows in this order too (see the PostgreSQL batch store):
  // two writers locking rows in one order cannot deadlock.
  return [...byKey.values()].sort((a, b) => a.dimension.localeCompare(b.dimension));
}
