import { Column, type ColumnOptions, type QueryRunner } from 'typeorm';

export type Dialect = 'postgres' | 'sqlite';

/**
 * Timestamps are UTC instants on both databases: `timestamptz` on PostgreSQL, `datetime`
 * (stored as UTC text) on SQLite. TypeORM checks column types against the driver when the
 * DataSource starts, and no single type name is valid on both, so the entity declares the
 * SQLite name and the options are switched to the PostgreSQL one before a PostgreSQL
 * DataSource is built.
 */
const timestampColumns = new Set<ColumnOptions>();

export function TimestampColumn(options: Omit<ColumnOptions, 'type'> = {}): PropertyDecorator {
  const columnOptions: ColumnOptions = { ...options, type: 'datetime' };
  timestampColumns.add(columnOptions);
  return Column(columnOptions);
}

export function useTimestampTypeOf(dialect: Dialect): void {
  for (const options of timestampColumns) options.type = timestampType(dialect);
}

export function timestampType(dialect: Dialect): 'timestamptz' | 'datetime' {
  return dialect === 'postgres' ? 'timestamptz' : 'datetime';
}

/** The dialect a migration runs on, for the few column types that differ. */
export function dialectOf(queryRunner: QueryRunner): Dialect {
  return queryRunner.connection.driver.options.type === 'postgres' ? 'postgres' : 'sqlite';
}

/** Money and counters that may pass 2^31: bigint in storage, a JS number in memory. */
export const bigintToNumber = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};
