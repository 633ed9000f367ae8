import type { DatabaseSchema } from '@app/platform';
import { LtvCustomerOrmEntity } from './infrastructure/ltv-customer.orm-entity.js';
import { LtvModelFitOrmEntity } from './infrastructure/ltv-model-fit.orm-entity.js';
import { LtvPredictionOrmEntity } from './infrastructure/ltv-prediction.orm-entity.js';
import { LtvSegmentTransitionOrmEntity } from './infrastructure/ltv-segment-transition.orm-entity.js';
import { LtvSegmentOrmEntity } from './infrastructure/ltv-segment.orm-entity.js';
import { LtvTransactionOrmEntity } from './infrastructure/ltv-transaction.orm-entity.js';
import { CreateLtvTables1764460800000 } from './infrastructure/migrations/1764460800000-create-ltv-tables.js';
import { RecordClvBasis1765500000000 } from './infrastructure/migrations/1765500000000-record-clv-basis.js';

export const ltvSchema: DatabaseSchema = {
  entities: [
    LtvCustomerOrmEntity,
    LtvTransactionOrmEntity,
    LtvModelFitOrmEntity,
    LtvPredictionOrmEntity,
    LtvSegmentOrmEntity,
    LtvSegmentTransitionOrmEntity,
  ],
  migrations: [CreateLtvTables1764460800000, RecordClvBasis1765500000000],
};
