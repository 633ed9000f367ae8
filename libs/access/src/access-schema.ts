import type { DatabaseSchema } from '@app/platform';
import { ApiKeyOrmEntity } from './infrastructure/api-key.orm-entity.js';
import { ApiKeyRoles1764640000000 } from './infrastructure/migrations/1764640000000-api-key-roles.js';

/**
 * The access context's tables. `api_keys` itself was made by the platform's first migration
 * (CreatePlatformTables1764115200000), which predates this context and stays where it ran.
 */
export const accessSchema: DatabaseSchema = {
  entities: [ApiKeyOrmEntity],
  migrations: [ApiKeyRoles1764640000000],
};
