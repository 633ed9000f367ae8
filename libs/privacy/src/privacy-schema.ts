import type { DatabaseSchema } from '@app/platform';
import { ErasureOrmEntity } from './infrastructure/erasure.orm-entity.js';
import { ErasureStepOrmEntity } from './infrastructure/erasure-step.orm-entity.js';
import { CreatePrivacyTables1764720000000 } from './infrastructure/migrations/1764720000000-create-privacy-tables.js';
import { IndexErasuresByCustomer1765000000000 } from './infrastructure/migrations/1765000000000-index-erasures-by-customer.js';

export const privacySchema: DatabaseSchema = {
  entities: [ErasureOrmEntity, ErasureStepOrmEntity],
  migrations: [CreatePrivacyTables1764720000000, IndexErasuresByCustomer1765000000000],
};
