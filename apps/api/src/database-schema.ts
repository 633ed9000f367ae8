import { accessSchema } from '@app/access';
import { campaignsSchema } from '@app/campaigns';
import { leadsSchema } from '@app/leads';
import { ltvSchema } from '@app/ltv';
import { type DatabaseSchema, platformSchema } from '@app/platform';
import { retentionSchema } from '@app/retention';
import { trackingSchema } from '@app/tracking';
import { privacySchema } from '@app/privacy';

/** Every table of the one database: the platform's, then each context's, in migration order. */
const parts: DatabaseSchema[] = [
  platformSchema,
  accessSchema,
  campaignsSchema,
  trackingSchema,
  leadsSchema,
  ltvSchema,
  retentionSchema,
  privacySchema,
];

export const databaseSchema: DatabaseSchema = {
  entities: parts.flatMap((part) => part.entities as never[]),
  migrations: parts.flatMap((part) => part.migrations as never[]),
};
