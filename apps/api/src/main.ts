import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfig, loadDotEnv, type AppConfig } from '@app/platform';
import { createApp } from './create-app.js';
import { createProcessLogger, reportStartFailure, shutDown } from './lifecycle.js';

function describeDatabase(config: AppConfig): string {
  const db = config.database;
  if (db.type === 'sqlite')
    return db.path === ':memory:' ? 'SQLite in memory' : `SQLite at ${db.path}`;
  const where = db.url ? new URL(db.url).host : `${db.host}:${db.port}`;
  return `PostgreSQL at ${where}`;
}

async function bootstrap(): Promise<void> {
  loadDotEnv();
  const config = loadConfig(process.env, { keepDebugSecretKey: true });
  const app = await createApp(config);
  // Our own handlers rather than Nest's shutdown hooks, which re-raise the signal after closing
  // and so end the process killed by it: a stop that was asked for and went well exits 0.
  // `once`: a second Ctrl-C while closing kills at once.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      void shutDown(app, processLogger, signal).then((code) => process.exit(code));
    });
  }
  const logger = new Logger('Bootstrap');
  logger.log(`Database: ${describeDatabase(config)}`);
  if (config.database.type === 'sqlite' && config.database.path === ':memory:') {
    logger.warn('The database is in memory: all data is lost when the process stops.');
  }
  if (config.secretKeyFile) {
    logger.warn(
      `SECRET_KEY is not set: using the debug key kept in ${config.secretKeyFile} (debug mode only; set SECRET_KEY in production).`,
    );
  } else if (config.secretKeyGenerated) {
    logger.warn(
      'SECRET_KEY is not set: a random one was generated for this run (debug mode only); signed tokens will not survive a restart.',
    );
  }
  if (config.trustProxyDeprecation) logger.warn(config.trustProxyDeprecation);
  if (config.outbound.deprecation) logger.warn(config.outbound.deprecation);
  await app.listen({ host: config.host, port: config.port });
  const url = `http://${config.host}:${config.port}`;
  logger.log(`API listening on ${url} (Swagger UI at ${url}/docs, OpenAPI at ${url}/docs-json)`);
}

const processLogger = createProcessLogger();
bootstrap().catch((error: unknown) => {
  reportStartFailure(processLogger, error);
  process.exit(1);
});
