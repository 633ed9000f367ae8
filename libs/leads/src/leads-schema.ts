import type { DatabaseSchema } from '@app/platform';
import { FormOrmEntity } from './infrastructure/form.orm-entity.js';
import { LeadOrmEntity } from './infrastructure/lead.orm-entity.js';
import { LeadStatusChangeOrmEntity } from './infrastructure/lead-status-change.orm-entity.js';
import { LeadSubmissionOrmEntity } from './infrastructure/lead-submission.orm-entity.js';
import { CreateLeadsTables1764374400000 } from './infrastructure/migrations/1764374400000-create-leads-tables.js';
import { IndexLeadsByClick1764720000001 } from './infrastructure/migrations/1764720000001-index-leads-by-click.js';
import { CountSubmissionsByNetwork1765200017000 } from './infrastructure/migrations/1765200017000-count-submissions-by-network.js';

export const leadsSchema: DatabaseSchema = {
  entities: [FormOrmEntity, LeadOrmEntity, LeadSubmissionOrmEntity, LeadStatusChangeOrmEntity],
  migrations: [
    CreateLeadsTables1764374400000,
    IndexLeadsByClick1764720000001,
    CountSubmissionsByNetwork1765200017000,
  ],
};
