/** The little that differs between PostgreSQL and SQLite in the raw SQL of the click path. */
export type SqlDialect = 'postgres' | 'sqlite';

/** `($1, $2), ($3, $4)` or `(?, ?), (?, ?)` for rows of `width` values. */
export function valuesList(dialect: SqlDialect, rows: number, width: number): string {
  let next = 1;
  const row = () =>
    `(${Array.from({ length: width }, () => (dialect === 'postgres' ? `$${next++}` : '?')).join(', ')})`;
  return Array.from({ length: rows }, row).join(', ');
}

export function placeholder(dialect: SqlDialect, position: number): string {
  return dialect === 'postgres' ? `$${position}` : '?';
}

/**
 * A time as a raw query parameter: node-postgres takes a Date; better-sqlite3 cannot bind one,
 * and TypeORM stores SQLite datetimes as UTC text `YYYY-MM-DD HH:MM:SS.SSS`, so comparisons
 * must use that same text.
 */
export function timeParameter(dialect: SqlDialect, time: Date): Date | string {
  return dialect === 'postgres' ? time : time.toISOString().replace('T', ' ').replace('Z', '');
}
