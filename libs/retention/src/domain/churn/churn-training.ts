import {
  type BuyerOutlook,
  type CustomerHistory,
  customerStateAt,
  purchaseInput,
} from '../customer-assessment.js';
import {
  BUYER_PRIORS,
  type ChurnModel,
  type ChurnPopulation,
  featureRow,
  offsetOf,
  type PopulationModel,
  populationOf,
  priors,
  VISITOR_PRIORS,
} from './churn-model.js';
import { fitLogistic } from './logistic-regression.js';

/**
 * Fitting the churn model on the base's own history. The base as it stood one horizon before
 * the day of the fit is the calibration split: each customer known then gives one example, the
 * features of that day and whether they churned in the horizon that followed (which has fully
 * happened by the day of the fit). So the coefficients say how silence, frequency and
 * engagement turned into churn here, not in a textbook.
 */

/** Fewer calibration examples than this, or of either outcome, and the priors stand. */
export const MIN_TRAINING_CUSTOMERS = 200;
export const MIN_PER_OUTCOME = 20;
/**
 * Precision of the Gaussian prior around the documented coefficients (sd 1 in logits per unit
 * of each feature): weak against hundreds of examples, firm against a handful.
 */
export const PRIOR_PRECISION = 1;

export interface TrainingExample {
  row: number[];
  offset: number;
  /** 1 when the customer churned in the horizon after the example's day. */
  churned: number;
}

/** What the fit needs to know of the base: its histories and the buyers' outlook at the split. */
export interface TrainingBase {
  /** The day of the fit: histories must be known up to it. */
  day: number;
  horizonDays: number;
  halfLifeDays: number;
  histories: ReadonlyMap<string, CustomerHistory>;
  /** LTV's outlook on each buyer as of day - horizonDays. */
  outlooksAtSplit: ReadonlyMap<string, BuyerOutlook>;
  purchaseModel: ChurnModel['purchaseModel'];
}

export function fitChurnModel(base: TrainingBase): ChurnModel {
  const examples = trainingExamples(base);
  return {
    horizonDays: base.horizonDays,
    asOfDay: base.day,
    purchaseModel: base.purchaseModel,
    buyers: fitPopulationModel(examples.buyers, BUYER_PRIORS, 'buyers'),
    visitors: fitPopulationModel(examples.visitors, VISITOR_PRIORS, 'visitors'),
  };
}

/** One example per customer known at the split, in the population they belonged to then. */
export function trainingExamples(base: TrainingBase): Record<ChurnPopulation, TrainingExample[]> {
  const split = base.day - base.horizonDays;
  const examples: Record<ChurnPopulation, TrainingExample[]> = { buyers: [], visitors: [] };
  for (const [customerId, history] of base.histories) {
    const state = customerStateAt(history, split, base.halfLifeDays);
    if (!state) continue;
    const purchase = purchaseInput(
      state.profile,
      split,
      base.outlooksAtSplit.get(customerId) ?? null,
    );
    const population = populationOf(purchase);
    examples[population].push({
      row: featureRow(state.features),
      offset: offsetOf(purchase),
      churned: churnedWithin(history, split, base.horizonDays, population),
    });
  }
  return examples;
}

/**
 * Did the customer churn in (day, day + horizonDays]? A buyer churns by not buying again; a
 * visitor by doing nothing of their own (no event, no purchase).
 */
export function churnedWithin(
  history: CustomerHistory,
  day: number,
  horizonDays: number,
  population: ChurnPopulation,
): number {
  const within = (d: number) => d > day && d <= day + horizonDays;
  if (history.purchaseDays.some(within)) return 0;
  if (population === 'buyers') return 1;
  return history.activity.some((a) => a.events > 0 && within(a.day)) ? 0 : 1;
}

export function fitPopulationModel(
  examples: readonly TrainingExample[],
  priorMeans: readonly number[],
  population: ChurnPopulation,
): PopulationModel {
  const churned = examples.filter((e) => e.churned === 1).length;
  const stayed = examples.length - churned;
  if (examples.length < MIN_TRAINING_CUSTOMERS || Math.min(churned, stayed) < MIN_PER_OUTCOME) {
    return priors(
      priorMeans,
      `Too little history to fit the ${population}' model: ${examples.length} ${population} ` +
        `one horizon back (${churned} churned, ${stayed} stayed); it needs ${MIN_TRAINING_CUSTOMERS}, ` +
        `with at least ${MIN_PER_OUTCOME} of each outcome.`,
    );
  }
  const fit = fitLogistic({
    rows: examples.map((e) => e.row),
    labels: examples.map((e) => e.churned),
    offsets: examples.map((e) => e.offset),
    priorMeans,
    priorPrecision: PRIOR_PRECISION,
  });
  if (!fit.converged || !fit.coefficients.every(Number.isFinite)) {
    return priors(priorMeans, `The ${population}' model did not converge on this base's history.`);
  }
  return {
    coefficients: fit.coefficients,
    basis: 'fitted',
    reason: null,
    trainedOn: { customers: examples.length, churned },
  };
}
