import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions, loadConfig, loadDotEnv } from '@app/platform';
import { databaseSchema } from './apps/api/src/database-schema.js';

/**
 * The DataSource of the TypeORM CLI (npm run migration:run|revert|generate), built from the
 * same settings as the API: DB_HOST/DATABASE_URL for PostgreSQL, else SQLITE_PATH.
 */
loadDotEnv();
export default new DataSource(dataSourceOptions(loadConfig().database, databaseSchema));
