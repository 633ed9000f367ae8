import type { DatabaseSchema } from '@app/platform';
import { ErasureOrmEntity } from './infrastructure/erasure.orm-entity.js';
import { ErasureStepOrmEntity } from './infrastructure/erasure-step.orm-entity.js';
import { CreatePrivacyTables1764720000000 } from './infrastructure/migrations/1764720000000-create-privacy-tables.js';

export const privacySchema: DatabaseSchema = {
  entities: [ErasureOrmEntity, ErasureStepOrmEntity],
  migrations: [CreatePrivacyTables1764720000000],
};
