import type { DataSource } from 'typeorm';

/**
 * `YYYY-MM-DD HH:MM` of a timestamp column in UTC, as SQL, the same text on both databases
 * (SQLite keeps timestamps as UTC text that starts so). Per-minute series from different
 * contexts are merged on this text, so they all take it from here.
 */
export function utcMinuteSql(dataSource: DataSource, column: string): string {
  return dataSource.options.type === 'postgres'
    ? `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI')`
    : `substr(${column}, 1, 16)`;
}
