import type { DatabaseSchema } from '@app/platform';
import { {{Entity}}OrmEntity } from './infrastructure/{{entity}}.orm-entity.js';
import { Create{{Context}}Tables{{timestamp}} } from './infrastructure/migrations/{{timestamp}}-create-{{context}}-tables.js';

export const {{contextCamel}}Schema: DatabaseSchema = {
  entities: [{{Entity}}OrmEntity],
  migrations: [Create{{Context}}Tables{{timestamp}}],
};
