import type { ChurnModel, PopulationModel } from '../domain/churn/churn-model.js';
import { CHURN_FEATURES } from '../domain/churn/churn-model.js';

export interface PopulationModelSummary {
  basis: 'fitted' | 'priors';
  reason: string | null;
  /** Logit coefficient of each feature (intercept, recency in weeks, ln(1 + active days), score / 100). */
  coefficients: Record<string, number>;
  trainedOn: { customers: number; churned: number } | null;
}

/** What a user is told of the model behind the probabilities. */
export interface ChurnModelSummary {
  horizonDays: number;
  asOf: string;
  purchaseModel: { method: 'bg-nbd' | 'none'; reason: string | null };
  buyers: PopulationModelSummary;
  visitors: PopulationModelSummary;
}

const DAY_MS = 86_400_000;

export function summariseChurnModel(model: ChurnModel): ChurnModelSummary {
  return {
    horizonDays: model.horizonDays,
    asOf: new Date(model.asOfDay * DAY_MS).toISOString(),
    purchaseModel: { method: model.purchaseModel.method, reason: model.purchaseModel.reason },
    buyers: summarisePopulation(model.buyers),
    visitors: summarisePopulation(model.visitors),
  };
}

function summarisePopulation(model: PopulationModel): PopulationModelSummary {
  const coefficients: Record<string, number> = {};
  CHURN_FEATURES.forEach(
    (name, j) => (coefficients[name] = Math.round(model.coefficients[j] * 1e4) / 1e4),
  );
  return { basis: model.basis, reason: model.reason, coefficients, trainedOn: model.trainedOn };
}
