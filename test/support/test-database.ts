import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { DatabaseConfig } from '@app/platform';

export type TestDialect = 'sqlite' | 'postgres';

/** The database the current vitest project runs on (see vitest.config.ts). */
export function testDialect(): TestDialect {
  return process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
}

const adminUrl = () => process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * A database of its own for one test file: SQLite in memory, or a fresh PostgreSQL database
 * named test_*, dropped again by `drop()`. Tests never touch a database without "test" in
 * its name.
 */
export async function createTestDatabase(): Promise<{
  config: DatabaseConfig;
  drop: () => Promise<void>;
}> {
  if (testDialect() === 'sqlite') {
    return {
      config: { type: 'sqlite', path: ':memory:', migrationsRun: true },
      drop: async () => undefined,
    };
  }
  const name = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    config: {
      type: 'postgres',
      url: url.toString(),
      port: Number(url.port || 5432),
      database: name,
      username: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      poolSize: 5,
      migrationsRun: true,
    },
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

/**
 * A database that outlives one app, for a spec that stops the app and starts it again on the
 * same data with other settings: a SQLite file in a temporary directory (an in-memory one dies
 * with its app), or a fresh PostgreSQL database as createTestDatabase makes. `drop()` removes it.
 */
export async function createRestartableTestDatabase(): Promise<{
  config: DatabaseConfig;
  drop: () => Promise<void>;
}> {
  if (testDialect() === 'postgres') return createTestDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'restartable-db-'));
  return {
    config: { type: 'sqlite', path: join(dir, 'affiliate.sqlite'), migrationsRun: true },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs `sql` as the PostgreSQL admin; only statements that name a test_ database. */
export async function adminQuery(sql: string): Promise<void> {
  if (!/\btest_/.test(sql)) throw new Error(`Refusing to run on a non-test database: ${sql}`);
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
