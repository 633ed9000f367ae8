import type { EntityManager } from 'typeorm';
import { type SqlDialect, timeParameter, valuesList } from './click-storage/dialect-sql.js';
import { addToDimensionRollups } from './dimension-rollup.js';
import { hourOf, ROLLUP_COUNTERS as COUNTERS, type RollupDelta } from './rollup-delta.js';

export type { RollupDelta } from './rollup-delta.js';
export { hourOf } from './rollup-delta.js';

/**
 * Adds the deltas to the hourly counters in one statement (and those with dimensions to the
 * dimensional rollup in one more) (an upsert that increments), inside
 * the caller's transaction, so counters and the rows they count commit together. Deltas for
 * the same hour, campaign and affiliate are merged first: one statement may not touch a row twice.
 */
export async function addToHourlyRollups(
  manager: EntityManager,
  dialect: SqlDialect,
  deltas: readonly RollupDelta[],
): Promise<void> {
  const merged = mergeDeltas(deltas);
  if (merged.length === 0) return;
  const columns = ['hour', 'campaign_id', 'affiliate_id', ...COUNTERS.map(([, column]) => column)];
  const parameters = merged.flatMap((delta) => [
    timeParameter(dialect, delta.hour),
    delta.campaignId,
    delta.affiliateId ?? '',
    ...COUNTERS.map(([key]) => delta[key] ?? 0),
  ]);
  const increments = COUNTERS.map(
    ([, column]) => `${column} = hourly_stats.${column} + excluded.${column}`,
  );
  await manager.query(
    `INSERT INTO hourly_stats (${columns.join(', ')}) VALUES ${valuesList(dialect, merged.length, columns.length)}
     ON CONFLICT (hour, campaign_id, affiliate_id) DO UPDATE SET ${increments.join(', ')}`,
    parameters,
  );
  await addToDimensionRollups(manager, dialect, deltas);
}

function mergeDeltas(deltas: readonly RollupDelta[]): RollupDelta[] {
  const byKey = new Map<string, RollupDelta>();
  for (const delta of deltas) {
    const hour = hourOf(delta.hour);
    const key = `${hour.getTime()}|${delta.campaignId}|${delta.affiliateId ?? ''}`;
    const sum = byKey.get(key) ?? {
      hour,
      campaignId: delta.campaignId,
      affiliateId: delta.affiliateId,
    };
    for (const [counter] of COUNTERS) sum[counter] = (sum[counter] ?? 0) + (delta[counter] ?? 0);
    byKey.set(key, sum);
  }
  return [...byKey.values()];
}
