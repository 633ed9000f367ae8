import type { TestApp } from './test-app.js';
import { testDialect } from './test-database.js';

/** One table's rows as one searchable text. */
export interface TableText {
  table: string;
  rows: number;
  text: string;
}

/**
 * Every row of every table of the app's database, each table as one text: a spec searches it
 * for values that must be gone, so a table or column added later cannot keep them unnoticed.
 * SQLite's binary JSONB blobs are read as UTF-8: they hold their strings as plain text.
 */
export async function everyTableAsText(t: TestApp): Promise<TableText[]> {
  const tables = await tableNames(t);
  const result: TableText[] = [];
  for (const table of tables) {
    const rows: Record<string, unknown>[] = await t.dataSource.query(`SELECT * FROM "${table}"`);
    const text = JSON.stringify(rows, (_key, value: unknown) =>
      isSerializedBuffer(value) ? Buffer.from(value.data).toString('utf8') : value,
    );
    result.push({ table, rows: rows.length, text });
  }
  return result;
}

/** The tables that hold `value` somewhere in a row. */
export function tablesHolding(tables: readonly TableText[], value: string): string[] {
  return tables.filter(({ text }) => text.includes(value)).map(({ table }) => table);
}

async function tableNames(t: TestApp): Promise<string[]> {
  const rows: { name: string }[] =
    testDialect() === 'postgres'
      ? await t.dataSource.query(
          `SELECT table_name AS name FROM information_schema.tables
           WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
        )
      : await t.dataSource.query(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`,
        );
  return rows.map((row) => row.name);
}

/** A Buffer as JSON.stringify hands it to a replacer (it calls toJSON first). */
function isSerializedBuffer(value: unknown): value is { type: 'Buffer'; data: number[] } {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'Buffer' &&
    Array.isArray((value as { data?: unknown }).data)
  );
}
