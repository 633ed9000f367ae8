import type { EntityManager } from 'typeorm';

/** A column of a bulk insert: its name and the PostgreSQL type of its array parameter. */
export interface BulkColumn<T> {
  name: string;
  type: 'text' | 'int4' | 'int8' | 'float8' | 'timestamptz';
  value: (row: T) => unknown;
}

const ROWS_PER_STATEMENT = 50_000;

/**
 * Inserts many rows on PostgreSQL as one statement per 50,000 rows: each column travels as one
 * array parameter and `unnest` turns the arrays back into rows. TypeORM's multi-row VALUES
 * (13 parameters a row, 1,000 rows a statement) took about 4.3 s for 100,000 predictions, most
 * of a recalculation; this takes about 1 s (bench/ltv.mjs). SQLite keeps the multi-row VALUES:
 * it runs in process, and the embedded mode serves smaller bases.
 */
export async function postgresBulkInsert<T>(
  manager: EntityManager,
  table: string,
  columns: readonly BulkColumn<T>[],
  rows: readonly T[],
): Promise<void> {
  const names = columns.map((column) => `"${column.name}"`).join(', ');
  const arrays = columns.map((column, i) => `$${i + 1}::${column.type}[]`).join(', ');
  const sql = `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const part = rows.slice(start, start + ROWS_PER_STATEMENT);
    await manager.query(
      sql,
      columns.map((column) => part.map(column.value)),
    );
  }
}
