import type { ChurnModel, ChurnPopulation } from '../../../domain/churn/churn-model.js';

/** What a customer's churn probability means, and what it came from. */
export interface CustomerChurnModelView {
  population: ChurnPopulation;
  /** The event the probability is of, in words. */
  meaning: string;
  horizonDays: number;
  basis: 'fitted' | 'priors';
  reason: string | null;
  purchaseModel: { method: 'bg-nbd' | 'none'; reason: string | null };
}

export function churnModelOfCustomer(
  model: ChurnModel,
  population: ChurnPopulation,
): CustomerChurnModelView {
  const { basis, reason } = model[population];
  return {
    population,
    meaning:
      population === 'buyers'
        ? `The probability of no purchase in the next ${model.horizonDays} days.`
        : `The probability of no activity of their own (event or purchase) in the next ${model.horizonDays} days.`,
    horizonDays: model.horizonDays,
    basis,
    reason,
    purchaseModel: { method: model.purchaseModel.method, reason: model.purchaseModel.reason },
  };
}
