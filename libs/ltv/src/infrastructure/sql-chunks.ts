/**
 * Rows per multi-row statement. SQLite binds at most 32,766 parameters per statement and
 * PostgreSQL 65,535; 1,000 rows of up to a dozen columns stays well inside both.
 */
export const ROWS_PER_STATEMENT = 1_000;

export function chunks<T>(items: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
