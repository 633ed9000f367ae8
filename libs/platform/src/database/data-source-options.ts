import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config.js';
import type { DatabaseSchema } from './database-schema.js';
import { useTimestampTypeOf } from './timestamp-column.js';

/**
 * The one place that turns the database settings into TypeORM options; used by the app and by
 * the migration CLI so both see the same database the same way. Never `synchronize`: the
 * schema changes only through migrations.
 */
export function dataSourceOptions(db: DatabaseConfig, schema: DatabaseSchema): DataSourceOptions {
  useTimestampTypeOf(db.type);
  const common = {
    entities: schema.entities,
    migrations: schema.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    migrationsRun: false,
  };
  if (db.type === 'postgres') {
    return {
      ...common,
      type: 'postgres',
      url: db.url,
      host: db.host,
      port: db.port,
      database: db.url ? undefined : db.database,
      username: db.url ? undefined : db.username,
      password: db.url ? undefined : db.password,
      poolSize: db.poolSize,
      // Fail fast when the server is away instead of queueing requests behind a dead pool.
      connectTimeoutMS: 5_000,
      extra: { max: db.poolSize, connectionTimeoutMillis: 5_000 },
    };
  }
  if (db.path !== ':memory:') mkdirSync(dirname(db.path), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: db.path,
    // WAL lets readers proceed while a write commits; foreign keys are off by default in SQLite.
    enableWAL: db.path !== ':memory:',
    prepareDatabase: (connection: { pragma(sql: string): unknown }) => {
      connection.pragma('foreign_keys = ON');
      connection.pragma('busy_timeout = 5000');
    },
  };
}
