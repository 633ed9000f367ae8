import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { DataSource } from 'typeorm';
import { FixedClock } from '@app/kernel';
import { type AppConfig, type DatabaseConfig, loadConfig, OutboxRelay } from '@app/platform';
import { createApp } from '../../apps/api/src/create-app.js';
import { LocalNamesResolver } from './local-names-resolver.js';
import { createTestDatabase } from './test-database.js';

export const TEST_API_KEY = 'test-admin-key-0123456789abcdef';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  clock: FixedClock;
  dataSource: DataSource;
  /** Injects a request with the admin key (unless headers say otherwise). */
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  /** Delivers every pending outbox event now. */
  drainOutbox(): Promise<void>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Extra environment, as a user would set it (DEBUG, API_KEY, ...). */
  env?: Record<string, string | undefined>;
  now?: Date;
  /** Receives the JSON log lines (LOG_LEVEL must then be set in env). */
  logDestination?: { write(line: string): void };
  /** A second replica: the same database as this app (PostgreSQL), left for that app to drop. */
  replicaOf?: TestApp;
  /** A database the caller made and drops itself: to start the app on it again (a restart). */
  database?: DatabaseConfig;
  /** Boot as the API does: a debug SECRET_KEY kept in the data directory (SQLITE_PATH's). */
  keepDebugSecretKey?: boolean;
}

/** The real app, on its own database, with a fixed clock and a silent log. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const env: Record<string, string | undefined> = {
    DEBUG: 'true',
    API_KEY: TEST_API_KEY,
    LOG_LEVEL: 'silent',
    ...options.env,
  };
  // Production mode needs PUBLIC_BASE_URL; a spec that names none gets inject's own address.
  // A spec that sets it to undefined on purpose keeps it unset (to see the start refused).
  if (env.DEBUG === 'false' && !('PUBLIC_BASE_URL' in env))
    env.PUBLIC_BASE_URL = 'http://localhost';
  // Checked before the database is made, so a refused start leaves no database behind.
  const loaded = loadConfig(env as NodeJS.ProcessEnv, {
    keepDebugSecretKey: options.keepDebugSecretKey,
  });
  const given = options.database ?? options.replicaOf?.config.database;
  const database = given
    ? { config: given, drop: async () => undefined }
    : await createTestDatabase();
  const config: AppConfig = { ...loaded, database: database.config };
  const clock = new FixedClock(options.now ?? new Date('2026-11-26T09:00:00Z'));
  let app: NestFastifyApplication;
  try {
    app = await createApp(config, {
      clock,
      hostResolver: new LocalNamesResolver(),
      outbox: { autoStart: false },
      // Jobs run when a test calls them; a timer firing mid-test would race its steps.
      scheduledJobs: false,
      logDestination: options.logDestination,
    });
  } catch (error) {
    await database.drop();
    throw error;
  }
  const defaultHeaders = config.bootstrapApiKey ? { 'x-api-key': config.bootstrapApiKey } : {};
  return {
    app,
    config,
    clock,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    request: (request) =>
      app.inject({
        ...request,
        headers: { ...defaultHeaders, ...(request.headers ?? {}) },
      } as InjectOptions),
    drainOutbox: () => app.get(OutboxRelay).drain(),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
