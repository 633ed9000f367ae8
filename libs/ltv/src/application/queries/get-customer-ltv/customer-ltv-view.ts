import type { LtvModelFitOrmEntity } from '../../../infrastructure/ltv-model-fit.orm-entity.js';
import type { LtvPredictionOrmEntity } from '../../../infrastructure/ltv-prediction.orm-entity.js';
import { major } from '../money-view.js';
import type { CustomerLtvView } from './get-customer-ltv.query.js';

/** The published view of one customer's prediction under the fit it came from. */
export function customerLtvView(
  prediction: LtvPredictionOrmEntity,
  fit: LtvModelFitOrmEntity,
): CustomerLtvView {
  return {
    customerId: prediction.customerId,
    currency: fit.currency,
    probabilityAlive: prediction.probabilityAlive,
    predictedClv: major(prediction.predictedClvMinor, fit.currency),
    predictedClvMinor: prediction.predictedClvMinor,
    expectedPurchases: prediction.expectedPurchases,
    segment: prediction.segment,
    horizonMonths: fit.horizonMonths,
    asOf: fit.asOf.toISOString(),
  };
}
