import type { DatabaseSchema } from './database/database-schema.js';
import { CreatePlatformTables1764115200000 } from './database/migrations/1764115200000-create-platform-tables.js';
import { OutboxEventOrmEntity } from './events/outbox-event.orm-entity.js';
import { ProcessedEventOrmEntity } from './events/processed-event.orm-entity.js';
import { JobRunOrmEntity } from './scheduling/job-run.orm-entity.js';
import { CreateIpTruncationWatermarks1764633700000 } from './database/migrations/1764633700000-create-ip-truncation-watermarks.js';
import { IpTruncationWatermarkOrmEntity } from './privacy/ip-truncation-watermark.orm-entity.js';

/**
 * The platform's own tables and their migrations. The first migration also made `api_keys`,
 * before the access context existed; it stays here unchanged, since splitting it would rewrite a
 * migration databases have run. The access context owns the table and its later migrations.
 */
export const platformSchema: DatabaseSchema = {
  entities: [
    OutboxEventOrmEntity,
    ProcessedEventOrmEntity,
    JobRunOrmEntity,
    IpTruncationWatermarkOrmEntity,
  ],
  migrations: [CreatePlatformTables1764115200000, CreateIpTruncationWatermarks1764633700000],
};
