import type { EntityManager } from 'typeorm';
import { placeholder, type SqlDialect } from './click-storage/dialect-sql.js';
import { ROLLUP_COUNTERS } from './rollup-delta.js';

/** The sub1 value the counters of an erased customer's identifier are merged into. */
export const ERASED_DIMENSION_VALUE = '(erased)';

const COUNTERS = ROLLUP_COUNTERS.map(([, column]) => column);
const KEY = 'dimension, hour, campaign_id, affiliate_id';

/**
 * Re-keys the sub1 counters whose value is one of `values` (an erased customer's id or email,
 * which affiliates put in sub1) to "(erased)", adding them to the counters already there, so
 * every report's totals stay the same while the identifier leaves the table. Country and
 * device are coarse values from a fixed set and are left alone. Returns the rows re-keyed.
 */
export async function eraseSub1Values(
  manager: EntityManager,
  dialect: SqlDialect,
  values: readonly string[],
): Promise<number> {
  let moved = 0;
  for (const value of new Set(values.filter((candidate) => candidate !== ''))) {
    const p = (position: number) => placeholder(dialect, position);
    const [{ n }] = (await manager.query(
      `SELECT COUNT(*) AS n FROM hourly_dimension_stats WHERE dimension = 'sub1' AND value = ${p(1)}`,
      [value],
    )) as { n: number | string }[];
    if (Number(n) === 0) continue;
    // INSERT .. SELECT .. ON CONFLICT: SQLite needs the WHERE clause to parse the upsert.
    await manager.query(
      `INSERT INTO hourly_dimension_stats (${KEY}, value, ${COUNTERS.join(', ')})
       SELECT ${KEY}, ${p(1)}, ${COUNTERS.join(', ')} FROM hourly_dimension_stats
       WHERE dimension = 'sub1' AND value = ${p(2)}
       ON CONFLICT (${KEY}, value) DO UPDATE SET
       ${COUNTERS.map((c) => `${c} = hourly_dimension_stats.${c} + excluded.${c}`).join(', ')}`,
      [ERASED_DIMENSION_VALUE, value],
    );
    await manager.query(
      `DELETE FROM hourly_dimension_stats WHERE dimension = 'sub1' AND value = ${p(1)}`,
      [value],
    );
    moved += Number(n);
  }
  return moved;
}
