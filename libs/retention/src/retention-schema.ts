import type { DatabaseSchema } from '@app/platform';
import { ChurnModelOrmEntity } from './infrastructure/churn-model.orm-entity.js';
import { ChurnPredictionOrmEntity } from './infrastructure/churn-prediction.orm-entity.js';
import { CreateRetentionTables1764547200000 } from './infrastructure/migrations/1764547200000-create-retention-tables.js';
import { IndexMessagesByCustomer1764720000002 } from './infrastructure/migrations/1764720000002-index-messages-by-customer.js';
import { CreateChurnModels1765600000000 } from './infrastructure/migrations/1765600000000-create-churn-models.js';
import { RetentionCampaignOrmEntity } from './infrastructure/retention-campaign.orm-entity.js';
import { RetentionEnrolmentOrmEntity } from './infrastructure/retention-enrolment.orm-entity.js';
import { RetentionEventOrmEntity } from './infrastructure/retention-event.orm-entity.js';
import { RetentionMessageOrmEntity } from './infrastructure/retention-message.orm-entity.js';

export const retentionSchema: DatabaseSchema = {
  entities: [
    RetentionEventOrmEntity,
    ChurnPredictionOrmEntity,
    ChurnModelOrmEntity,
    RetentionCampaignOrmEntity,
    RetentionEnrolmentOrmEntity,
    RetentionMessageOrmEntity,
  ],
  migrations: [
    CreateRetentionTables1764547200000,
    IndexMessagesByCustomer1764720000002,
    CreateChurnModels1765600000000,
  ],
};
